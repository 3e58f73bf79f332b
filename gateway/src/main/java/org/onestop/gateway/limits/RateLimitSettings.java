package org.onestop.gateway.limits;

import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code onestop.gateway.rate-limit.*}: each client's token bucket per route and each route's cap on requests in
 * flight. {@code routes.<route>} overrides {@code defaults} field by field; the routes are the services
 * ({@code portal}, {@code management}, {@code processing}, {@code data-sharing}) and {@code web}, the website
 * (e.g. {@code ONESTOP_GATEWAY_RATE_LIMIT_ROUTES_DATA_SHARING_CAPACITY}).
 *
 * @param store where the buckets live: {@code memory} (one replica, the default) or {@code postgresql} (shared by
 *              every replica; {@link Postgresql})
 * @param maxClients how many buckets the memory store (and the fallback of the shared one) keeps at most; the least
 *                   recently used go first
 */
@ConfigurationProperties("onestop.gateway.rate-limit")
record RateLimitSettings(
        @DefaultValue("memory") Store store,
        @DefaultValue("100000") int maxClients,
        @DefaultValue Route defaults,
        @DefaultValue Routes routes,
        @DefaultValue Postgresql postgresql) {

    enum Store { MEMORY, POSTGRESQL }

    RateLimitSettings {
        if (maxClients < 1) {
            throw new IllegalArgumentException("onestop.gateway.rate-limit.max-clients must be at least 1");
        }
    }

    /** The limits of one route, {@code defaults} where it sets nothing. */
    Limits limitsOf(String route) {
        Route own = routes.of(route);
        Limits limits = new Limits(
                first(own.capacity(), defaults.capacity(), 100),
                first(own.refillPerSecond(), defaults.refillPerSecond(), 50.0),
                first(own.maxInFlight(), defaults.maxInFlight(), 200));
        if (limits.capacity() < 1 || !(limits.refillPerSecond() > 0) || limits.maxInFlight() < 1) {
            throw new IllegalArgumentException("onestop.gateway.rate-limit of route '" + route
                    + "': capacity and max-in-flight must be at least 1 and refill-per-second above 0, not " + limits);
        }
        return limits;
    }

    /** How long the slowest route takes to fill an empty bucket: a bucket unused for that long is full again. */
    Duration longestTimeToFill() {
        return Stream.concat(Stream.of(""), Routes.NAMES.stream()).map(this::limitsOf)
                .map(Limits::timeToFill)
                .max(Duration::compareTo)
                .orElseThrow();
    }

    private static <T> T first(T own, T fallback, T builtIn) {
        return own != null ? own : fallback != null ? fallback : builtIn;
    }

    /** Each route's own settings (typed, so that environment variables reach data-sharing's too). */
    record Routes(Route portal, Route management, Route processing, Route dataSharing, Route web) {

        static final List<String> NAMES = List.of("portal", "management", "processing", "data-sharing", "web");
        private static final Route NONE = new Route(null, null, null);

        Route of(String route) {
            Route own = switch (route) {
                case "portal" -> portal;
                case "management" -> management;
                case "processing" -> processing;
                case "data-sharing" -> dataSharing;
                case "web" -> web;
                default -> null;
            };
            return own == null ? NONE : own;
        }
    }

    /**
     * As configured; a missing value is taken from {@code defaults}.
     *
     * @param capacity the requests a client may make at once (the bucket's size)
     * @param refillPerSecond the requests a client may make per second, on average (a fraction is allowed)
     * @param maxInFlight the requests of all clients the route may have in progress at once (over it: 503)
     */
    record Route(Integer capacity, Double refillPerSecond, Integer maxInFlight) {
    }

    /** The limits in force on one route. */
    record Limits(int capacity, double refillPerSecond, int maxInFlight) {

        /** How long an empty bucket takes to fill: after that a forgotten bucket and a new one are the same. */
        Duration timeToFill() {
            return Duration.ofNanos(Math.max(1, (long) Math.ceil(capacity / refillPerSecond * 1e9)));
        }
    }

    /**
     * The shared store ({@code store: postgresql}): a database the replicas share, reached with a small pool of its
     * own. Requests wait at most {@code timeout} for it; after a failure the gateway uses its local buckets for
     * {@code retryAfter} before asking the database again.
     */
    record Postgresql(
            String url,
            String username,
            String password,
            @DefaultValue("gateway_rate_limit_bucket") String table,
            @DefaultValue("4") int poolSize,
            @DefaultValue("500ms") Duration timeout,
            @DefaultValue("5s") Duration retryAfter) {
    }
}
