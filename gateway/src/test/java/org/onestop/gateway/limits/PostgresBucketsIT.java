package org.onestop.gateway.limits;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;

import io.github.bucket4j.ConsumptionProbe;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The shared store on a real PostgreSQL: two gateway replicas, one count; and no database, no failure. */
class PostgresBucketsIT {

    private static final ClientBuckets.Budget FOUR_AT_ONCE =
            ClientBuckets.Budget.of(new RateLimitSettings.Limits(4, 0.001, 200));

    private static EmbeddedPostgres postgres;

    @BeforeAll
    static void startPostgres() throws IOException {
        postgres = EmbeddedPostgres.builder().start();
    }

    @AfterAll
    static void stopPostgres() throws IOException {
        postgres.close();
    }

    @Test
    void twoReplicasSharingADatabaseShareEachClientsBudget() {
        SimpleMeterRegistry meters = new SimpleMeterRegistry();
        try (PostgresBuckets first = store(postgres.getJdbcUrl("postgres", "postgres"), meters);
             PostgresBuckets second = store(postgres.getJdbcUrl("postgres", "postgres"), meters)) {
            assertThat(take(first, "address 203.0.113.1").isConsumed()).isTrue();
            assertThat(take(second, "address 203.0.113.1").isConsumed()).isTrue();
            assertThat(take(first, "address 203.0.113.1").isConsumed()).isTrue();
            assertThat(take(second, "address 203.0.113.1").isConsumed()).isTrue();

            ConsumptionProbe refused = take(first, "address 203.0.113.1");
            assertThat(refused.isConsumed()).isFalse();
            assertThat(refused.getNanosToWaitForRefill()).isPositive();
            assertThat(take(second, "address 203.0.113.1").isConsumed()).isFalse();
            assertThat(take(second, "address 203.0.113.2").isConsumed()).as("another client").isTrue();
            assertThat(meters.counter("onestop.gateway.rate.limit.store.fallbacks").count()).isZero();
        }
    }

    @Test
    void withoutItsDatabaseAReplicaJudgesByItsOwnBucketsAndCountsTheFailure() throws IOException {
        SimpleMeterRegistry meters = new SimpleMeterRegistry();
        try (PostgresBuckets orphan = store("jdbc:postgresql://127.0.0.1:" + closedPort() + "/postgres", meters)) {
            for (int request = 0; request < 4; request++) {
                assertThat(take(orphan, "address 203.0.113.3").isConsumed()).isTrue();
            }
            assertThat(take(orphan, "address 203.0.113.3").isConsumed()).isFalse();
            assertThat(meters.counter("onestop.gateway.rate.limit.store.fallbacks").count()).isEqualTo(5);
        }
    }

    private static ConsumptionProbe take(PostgresBuckets buckets, String client) {
        return buckets.take("portal", client, FOUR_AT_ONCE).block(Duration.ofSeconds(30));
    }

    private static PostgresBuckets store(String url, SimpleMeterRegistry meters) {
        RateLimitSettings.Postgresql settings = new RateLimitSettings.Postgresql(url, "postgres", "postgres",
                "gateway_rate_limit_bucket", 2, Duration.ofSeconds(2), Duration.ofMinutes(5));
        return new PostgresBuckets(settings, new LocalBuckets(1000, Duration.ofMinutes(1)), meters);
    }

    private static int closedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
