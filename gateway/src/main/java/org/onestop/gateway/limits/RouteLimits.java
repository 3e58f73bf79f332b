package org.onestop.gateway.limits;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import io.github.bucket4j.ConsumptionProbe;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.onestop.gateway.problem.ProblemResponses;
import org.springframework.cloud.gateway.filter.GatewayFilter;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * The two guards of a route, as gateway filters: {@link #perClient} spends a token of the client's bucket
 * (429 with Retry-After, the seconds until the next token, when it is empty) and {@link #inFlight} caps the requests
 * the route has in progress, so that a slow service cannot hold every connection of the shared pool (503 with
 * Retry-After when the cap is reached). Refusals are counted by route and reason ({@code onestop.gateway.refused});
 * never by client.
 */
@Component
public class RouteLimits {

    private static final String REFUSED = "onestop.gateway.refused";
    private static final long OVERLOAD_RETRY_AFTER_SECONDS = 1;

    private final RateLimitSettings settings;
    private final ClientBuckets buckets;
    private final ClientKeys clientKeys;
    private final ProblemResponses problems;
    private final MeterRegistry meters;
    private final Map<String, GatewayFilter> perClient = new ConcurrentHashMap<>();
    private final Map<String, GatewayFilter> inFlight = new ConcurrentHashMap<>();

    RouteLimits(RateLimitSettings settings, ClientBuckets buckets, ClientKeys clientKeys, ProblemResponses problems,
            MeterRegistry meters) {
        this.settings = settings;
        this.buckets = buckets;
        this.clientKeys = clientKeys;
        this.problems = problems;
        this.meters = meters;
    }

    /** The route's rate-limit filter; the same one for every call with the same route. */
    public GatewayFilter perClient(String route) {
        return perClient.computeIfAbsent(route, this::newPerClient);
    }

    /** The route's in-flight cap; the same one (one count) for every call with the same route. */
    public GatewayFilter inFlight(String route) {
        return inFlight.computeIfAbsent(route, this::newInFlight);
    }

    private GatewayFilter newPerClient(String route) {
        ClientBuckets.Budget budget = ClientBuckets.Budget.of(settings.limitsOf(route));
        Counter refused = refusals(route, "rate-limit");
        return (exchange, chain) -> clientKeys.of(exchange)
                .flatMap(key -> buckets.take(route, key, budget))
                .flatMap(probe -> {
                    if (probe.isConsumed()) {
                        return chain.filter(exchange);
                    }
                    refused.increment();
                    return tooManyRequests(exchange, route, probe);
                });
    }

    private GatewayFilter newInFlight(String route) {
        int cap = settings.limitsOf(route).maxInFlight();
        AtomicInteger count = new AtomicInteger();
        Gauge.builder("onestop.gateway.in.flight", count, AtomicInteger::get)
                .description("Requests the gateway has in progress on the route")
                .tag("route", route)
                .register(meters);
        Counter refused = refusals(route, "overload");
        return (exchange, chain) -> {
            if (count.incrementAndGet() > cap) {
                count.decrementAndGet();
                refused.increment();
                exchange.getResponse().getHeaders().set(HttpHeaders.RETRY_AFTER, Long.toString(OVERLOAD_RETRY_AFTER_SECONDS));
                return problems.write(exchange, HttpStatus.SERVICE_UNAVAILABLE, "The " + route
                        + " service has too many requests in progress. Please retry in a moment.");
            }
            return chain.filter(exchange).doFinally(signal -> count.decrementAndGet());
        };
    }

    private Mono<Void> tooManyRequests(ServerWebExchange exchange, String route, ConsumptionProbe probe) {
        long seconds = Math.max(1, TimeUnit.NANOSECONDS.toSeconds(probe.getNanosToWaitForRefill() + 999_999_999L));
        exchange.getResponse().getHeaders().set(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
        return problems.write(exchange, HttpStatus.TOO_MANY_REQUESTS, "Too many requests to the " + route
                + " service from this client. Please retry in " + seconds + (seconds == 1 ? " second." : " seconds."));
    }

    private Counter refusals(String route, String reason) {
        return Counter.builder(REFUSED)
                .description("Requests the gateway refused before calling the route")
                .tag("route", route)
                .tag("reason", reason)
                .register(meters);
    }
}
