package org.onestop.web.api;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Supplier;

/**
 * A value read again at most once per {@code keptFor}: for lists that change a few times a year (the departments'
 * and regions' names), so that a page does not wait for them. Two pages asking at once may both read; the last
 * read is kept.
 */
public final class Recent<T> {

    private final Clock clock;
    private final Duration keptFor;
    private volatile Read<T> last;

    public Recent(Clock clock, Duration keptFor) {
        this.clock = clock;
        this.keptFor = keptFor;
    }

    public T get(Supplier<T> read) {
        Read<T> kept = last;
        Instant now = clock.instant();
        if (kept == null || !now.isBefore(kept.at().plus(keptFor))) {
            kept = new Read<>(read.get(), now);
            last = kept;
        }
        return kept.value();
    }

    private record Read<T>(T value, Instant at) {
    }
}
