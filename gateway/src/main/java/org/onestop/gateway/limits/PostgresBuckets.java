package org.onestop.gateway.limits;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.jdbc.PrimaryKeyMapper;
import io.github.bucket4j.postgresql.Bucket4jPostgreSQL;
import io.github.bucket4j.postgresql.PostgreSQLSelectForUpdateBasedProxyManager;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;

/**
 * Buckets in a PostgreSQL table that every replica shares (Bucket4j, a row per bucket locked with SELECT ... FOR
 * UPDATE), so a client has one budget however many gateways serve it. The JDBC calls run on a bounded scheduler of
 * their own, never on the event loop. When the database fails or is slower than {@code timeout} the request is
 * judged by this replica's {@link LocalBuckets} instead (fail open: a client may then get up to one budget per
 * replica), the failure is logged, and the database is left alone for {@code retry-after}; every request judged
 * locally meanwhile is counted ({@code onestop.gateway.rate.limit.store.fallbacks}). Rows of buckets that have filled up again expire and are deleted every minute.
 */
final class PostgresBuckets implements ClientBuckets, AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(PostgresBuckets.class);
    private static final Pattern TABLE_NAME = Pattern.compile("[a-z_][a-z0-9_]{0,62}");
    private static final Duration CLEAN_UP_INTERVAL = Duration.ofMinutes(1);

    private final HikariDataSource dataSource;
    private final PostgreSQLSelectForUpdateBasedProxyManager<String> buckets;
    private final LocalBuckets fallback;
    private final Scheduler jdbc;
    private final Duration timeout;
    private final long retryAfterNanos;
    private final String table;
    private final Counter fallbacks;
    private final AtomicLong localUntil = new AtomicLong(System.nanoTime());
    private final Disposable cleanUp;
    private volatile boolean tableReady;

    PostgresBuckets(RateLimitSettings.Postgresql settings, LocalBuckets fallback, MeterRegistry meters) {
        if (settings.url() == null || settings.url().isBlank()) {
            throw new IllegalArgumentException(
                    "onestop.gateway.rate-limit.store=postgresql needs onestop.gateway.rate-limit.postgresql.url");
        }
        if (!TABLE_NAME.matcher(settings.table()).matches()) {
            throw new IllegalArgumentException("onestop.gateway.rate-limit.postgresql.table must be a plain lower-case"
                    + " SQL name, not '" + settings.table() + "'");
        }
        this.table = settings.table();
        this.timeout = settings.timeout();
        this.retryAfterNanos = settings.retryAfter().toNanos();
        this.fallback = fallback;
        this.dataSource = dataSource(settings);
        this.buckets = Bucket4jPostgreSQL.selectForUpdateBasedBuilder(dataSource)
                .primaryKeyMapper(PrimaryKeyMapper.STRING)
                .table(table)
                .expirationAfterWrite(ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(Duration.ofSeconds(10)))
                .build();
        this.jdbc = Schedulers.newBoundedElastic(settings.poolSize() * 2, 10_000, "rate-limit-store");
        this.fallbacks = Counter.builder("onestop.gateway.rate.limit.store.fallbacks")
                .description("Requests judged by the replica's own buckets because the shared store failed or was slow")
                .register(meters);
        this.cleanUp = Flux.interval(CLEAN_UP_INTERVAL, jdbc).subscribe(tick -> removeExpired());
    }

    @Override
    public Mono<ConsumptionProbe> take(String route, String clientKey, Budget budget) {
        if (System.nanoTime() - localUntil.get() < 0) {
            fallbacks.increment();
            return fallback.take(route, clientKey, budget);
        }
        return Mono.fromCallable(() -> takeFromDatabase(route + ' ' + clientKey, budget))
                .subscribeOn(jdbc)
                .timeout(timeout)
                .onErrorResume(failure -> {
                    failed(failure);
                    return fallback.take(route, clientKey, budget);
                });
    }

    private ConsumptionProbe takeFromDatabase(String key, Budget budget) throws SQLException {
        if (!tableReady) {
            createTable();
        }
        return buckets.builder().build(key, budget::configuration).tryConsumeAndReturnRemaining(1);
    }

    private void failed(Throwable failure) {
        fallbacks.increment();
        long now = System.nanoTime();
        long until = localUntil.get();
        if (now - until >= 0 && localUntil.compareAndSet(until, now + retryAfterNanos)) {
            log.warn("The shared rate-limit store failed ({}); judging requests by this replica's own buckets for {}",
                    String.valueOf(failure), Duration.ofNanos(retryAfterNanos));
        }
    }

    private void createTable() throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("create table if not exists " + table
                    + " (id varchar(200) primary key, state bytea, expires_at bigint)");
            statement.execute("create index if not exists " + table + "_expires_at on " + table + " (expires_at)");
        }
        tableReady = true;
    }

    private void removeExpired() {
        try {
            while (tableReady && buckets.removeExpired(1000) == 1000) {
                // more to remove
            }
        } catch (RuntimeException failure) {
            log.debug("Could not remove expired rate-limit buckets: {}", String.valueOf(failure));
        }
    }

    private static HikariDataSource dataSource(RateLimitSettings.Postgresql settings) {
        HikariConfig config = new HikariConfig();
        config.setPoolName("rate-limit-store");
        config.setJdbcUrl(settings.url());
        config.setUsername(settings.username());
        config.setPassword(settings.password());
        config.setMaximumPoolSize(settings.poolSize());
        config.setMinimumIdle(1);
        config.setConnectionTimeout(Math.max(250, settings.timeout().toMillis()));
        // start even when the database is away; the requests fall back to the local buckets until it is back
        config.setInitializationFailTimeout(-1);
        config.addDataSourceProperty("connectTimeout", "2");
        config.addDataSourceProperty("socketTimeout", "5");
        return new HikariDataSource(config);
    }

    @Override
    public void close() {
        cleanUp.dispose();
        jdbc.dispose();
        dataSource.close();
    }
}
