package org.onestop.platform.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.onestop.testsupport.RealInfrastructure;
import org.postgresql.ds.PGSimpleDataSource;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The record of handled events loses what is older than the retention, in batches, and keeps the rest. */
class InboundHousekeepingIT {

    private static final Instant NOW = Instant.parse("2026-12-07T02:00:00Z");

    @Test
    void recordsOlderThanTheRetentionArePurgedBatchByBatchAndNewerOnesKept() {
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        dataSource.setUrl(RealInfrastructure.newDatabase("inbound_housekeeping"));
        dataSource.setUser("postgres");
        dataSource.setPassword("postgres");
        Flyway.configure().dataSource(dataSource).locations("classpath:db/platform").load().migrate();
        JdbcClient jdbc = JdbcClient.create(dataSource);
        for (int i = 0; i < 25; i++) {
            insert(jdbc, "old-" + i, NOW.minus(Duration.ofDays(9)));
        }
        insert(jdbc, "just-inside", NOW.minus(Duration.ofDays(8)).plusSeconds(60));
        insert(jdbc, "today", NOW.minus(Duration.ofHours(1)));
        SimpleMeterRegistry meters = new SimpleMeterRegistry();
        InboundHousekeeping housekeeping = new InboundHousekeeping(jdbc, Clock.fixed(NOW, ZoneOffset.UTC),
                Duration.ofDays(8), Duration.ofHours(1), 10, meters);

        assertThat(housekeeping.purge()).isEqualTo(25);

        List<String> kept = jdbc.sql("select event_id from processed_event order by event_id").query(String.class).list();
        assertThat(kept).containsExactly("just-inside", "today");
        assertThat(meters.counter("onestop.inbound.purged").count()).isEqualTo(25);
        assertThat(housekeeping.purge()).as("nothing left to purge").isZero();
    }

    @Test
    void aRetentionThatIsNotPositiveIsRefused() {
        assertThatThrownBy(() -> new InboundHousekeeping(null, Clock.systemUTC(), Duration.ZERO, Duration.ofHours(1), 10,
                new SimpleMeterRegistry())).isInstanceOf(IllegalArgumentException.class);
    }

    private static void insert(JdbcClient jdbc, String eventId, Instant at) {
        jdbc.sql("insert into processed_event (consumer, event_id, processed_at) values ('test', ?, ?)")
                .params(eventId, Timestamp.from(at))
                .update();
    }
}
