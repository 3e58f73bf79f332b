package org.onestop.gateway.routing;

import io.github.resilience4j.ratelimiter.RateLimiter;
import io.github.resilience4j.ratelimiter.RateLimiterRegistry;
import org.onestop.gateway.problem.ProblemResponses;
import org.springframework.cloud.gateway.filter.GatewayFilter;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * In-memory request rate limit per service (Resilience4j RateLimiter named after the service,
 * {@code resilience4j.ratelimiter.instances.<service>}): over it the gateway answers 429 without
 * calling the service.
 */
@Component
class ServiceRateLimit {

    private final RateLimiterRegistry rateLimiters;
    private final ProblemResponses problems;

    ServiceRateLimit(RateLimiterRegistry rateLimiters, ProblemResponses problems) {
        this.rateLimiters = rateLimiters;
        this.problems = problems;
    }

    GatewayFilter forService(String service) {
        RateLimiter rateLimiter = rateLimiters.rateLimiter(service);
        long retryAfterSeconds = Math.max(1, rateLimiter.getRateLimiterConfig().getLimitRefreshPeriod().toSeconds());
        return (exchange, chain) -> {
            if (rateLimiter.acquirePermission()) {
                return chain.filter(exchange);
            }
            exchange.getResponse().getHeaders().set(HttpHeaders.RETRY_AFTER, Long.toString(retryAfterSeconds));
            return problems.write(exchange, HttpStatus.TOO_MANY_REQUESTS,
                    "Too many requests for the " + service + " service. Please retry later.");
        };
    }
}
