package org.onestop.testsupport;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * A clock a test sets to the day it plays, at ten in the morning China Standard Time, for a
 * service that takes its {@link Clock} bean for what it measures (deadlines, bookings). Other
 * times (tokens, events of other services) stay real.
 */
public final class SettableClock extends Clock {

    private volatile Instant now = Instant.now();

    /** Import this into an integration test to put a settable clock first. */
    @TestConfiguration
    public static class Installed {
        @Bean
        @Primary
        Clock settableClock() {
            return new SettableClock();
        }
    }

    public void setDay(String isoDay) {
        now = LocalDate.parse(isoDay).atTime(LocalTime.of(10, 0)).atZone(ZoneId.of("Asia/Shanghai")).toInstant();
    }

    public void set(Instant instant) {
        now = instant;
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException("the services read instants only");
    }

    @Override
    public Instant instant() {
        return now;
    }
}
