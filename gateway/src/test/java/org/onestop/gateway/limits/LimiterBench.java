package org.onestop.gateway.limits;

import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.List;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.onestop.gateway.clients.ClientAddresses;
import org.onestop.gateway.clients.ClientAddressesFactory;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;

/**
 * Not a test (docs/benchmarks.md, "The gateway's limits"): the CPU the per-client limit adds to a request (client
 * address, key, a local bucket), and a request's wait for the shared PostgreSQL store. Run with the test classpath:
 * {@code java -cp gateway/target/classes:gateway/target/test-classes:$(cat cp.txt) org.onestop.gateway.limits.LimiterBench}.
 */
final class LimiterBench {

    private static final int WARM_UP = 2_000_000;
    private static final int MEASURED = 5_000_000;

    public static void main(String[] args) throws Exception {
        ClientAddresses addresses = ClientAddressesFactory.loopbackTrusted();
        ClientKeys keys = new ClientKeys(addresses);
        ClientBuckets.Budget budget = ClientBuckets.Budget.of(new RateLimitSettings.Limits(1_000_000_000, 1e9, 200));
        LocalBuckets local = new LocalBuckets(100_000, Duration.ofMinutes(1));
        MockServerWebExchange[] exchanges = new MockServerWebExchange[1024];
        for (int i = 0; i < exchanges.length; i++) {
            exchanges[i] = MockServerWebExchange.from(MockServerHttpRequest.get("/api/portal/v1/catalog/items")
                    .remoteAddress(new InetSocketAddress("127.0.0.1", 40000))
                    .header("X-Forwarded-For", "203.0.113." + (i % 250) + ", 198.51.100." + (i / 250))
                    .build());
        }
        long sink = 0;
        for (int round = 0; round < 3; round++) {
            sink += run(keys, local, budget, exchanges, WARM_UP);
            long started = System.nanoTime();
            sink += run(keys, local, budget, exchanges, MEASURED);
            double perRequest = (System.nanoTime() - started) / (double) MEASURED;
            System.out.printf("local limit (address, key, bucket): %.0f ns per request%n", perRequest);
        }
        System.out.println("(ignore " + sink + ")");
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().start()) {
            RateLimitSettings.Postgresql settings = new RateLimitSettings.Postgresql(
                    postgres.getJdbcUrl("postgres", "postgres"), "postgres", "postgres", "gateway_rate_limit_bucket", 4,
                    Duration.ofSeconds(2), Duration.ofSeconds(5));
            try (PostgresBuckets shared = new PostgresBuckets(settings, local, new SimpleMeterRegistry())) {
                for (int round = 0; round < 3; round++) {
                    int requests = 5_000;
                    long started = System.nanoTime();
                    for (int i = 0; i < requests; i++) {
                        shared.take("portal", "address 203.0.113." + (i % 250), budget).block();
                    }
                    System.out.printf("postgresql store, one request at a time: %.0f µs per request%n",
                            (System.nanoTime() - started) / 1000.0 / requests);
                }
                List<reactor.core.publisher.Mono<io.github.bucket4j.ConsumptionProbe>> batch = new java.util.ArrayList<>();
                int concurrent = 20_000;
                for (int i = 0; i < concurrent; i++) {
                    batch.add(shared.take("portal", "address 198.51.100." + (i % 250), budget));
                }
                long started = System.nanoTime();
                reactor.core.publisher.Flux.merge(reactor.core.publisher.Flux.fromIterable(batch), 64).blockLast();
                System.out.printf("postgresql store, 64 at a time: %.0f requests/s%n",
                        concurrent / ((System.nanoTime() - started) / 1e9));
            }
        }
    }

    private static long run(ClientKeys keys, LocalBuckets local, ClientBuckets.Budget budget,
            MockServerWebExchange[] exchanges, int requests) {
        long consumed = 0;
        for (int i = 0; i < requests; i++) {
            MockServerWebExchange exchange = exchanges[i & (exchanges.length - 1)];
            String key = keys.of(exchange).block();
            if (local.takeNow("portal", key, budget).isConsumed()) {
                consumed++;
            }
        }
        return consumed;
    }
}
