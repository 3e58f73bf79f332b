package org.onestop.platform.messaging;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Keeps {@code processed_event} (the record of handled events that makes consumption idempotent) from growing forever:
 * every {@code interval} it deletes, in batches, the rows older than {@code retention}. The retention must be longer
 * than the broker keeps messages (Kafka's default is 7 days; the default here is 8), so that an event the broker can
 * still deliver again is still recognised. Every replica may run it; deleting twice is harmless.
 */
public final class InboundHousekeeping implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(InboundHousekeeping.class);

    private final JdbcClient jdbc;
    private final Clock clock;
    private final Duration retention;
    private final Duration interval;
    private final int batch;
    private final Counter purged;
    private ScheduledExecutorService scheduler;

    public InboundHousekeeping(JdbcClient jdbc, Clock clock, Duration retention, Duration interval, int batch,
                               MeterRegistry meters) {
        if (retention.isNegative() || retention.isZero() || batch < 1) {
            throw new IllegalArgumentException("onestop.inbound: retention must be positive and batch at least 1");
        }
        this.jdbc = jdbc;
        this.clock = clock;
        this.retention = retention;
        this.interval = interval;
        this.batch = batch;
        this.purged = Counter.builder("onestop.inbound.purged")
                .description("Records of handled events deleted once past the retention").register(meters);
    }

    /** Deletes every record older than the retention, batch by batch; returns how many. */
    public int purge() {
        Timestamp before = Timestamp.from(clock.instant().minus(retention));
        int total = 0;
        int deleted;
        do {
            deleted = jdbc.sql("""
                    delete from processed_event where ctid in (
                        select ctid from processed_event where processed_at < ? limit ?)""")
                    .params(before, batch)
                    .update();
            total += deleted;
        } while (deleted == batch);
        purged.increment(total);
        return total;
    }

    private void purgeQuietly() {
        try {
            int total = purge();
            if (total > 0) {
                log.info("Purged {} records of handled events older than {}", total, retention);
            }
        } catch (RuntimeException e) {
            log.warn("Could not purge old records of handled events (tried again in {}): {}", interval, e.getMessage());
        }
    }

    @Override
    public synchronized void start() {
        scheduler = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "inbound-housekeeping");
            thread.setDaemon(true);
            return thread;
        });
        scheduler.scheduleWithFixedDelay(this::purgeQuietly, interval.toMillis(), interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public synchronized void stop() {
        if (scheduler != null) {
            scheduler.shutdownNow();
            scheduler = null;
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return scheduler != null;
    }
}
