package org.onestop.gateway.routing;

import java.time.Duration;

import org.springframework.cloud.gateway.route.RouteLocator;
import org.springframework.cloud.gateway.route.builder.GatewayFilterSpec;
import org.springframework.cloud.gateway.route.builder.RouteLocatorBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;

/**
 * One route per service ({@code /api/<service>/**}, path unchanged) and one for its OpenAPI
 * document ({@code /api/<service>/v3/api-docs/**} to {@code /v3/api-docs/**}); everything else
 * that is not {@code /api/**} goes to the website, last. Each route runs through the service's
 * rate limit and circuit breaker (with time limiter) and retries idempotent reads.
 */
@Configuration(proxyBeanMethods = false)
class ServiceRoutes {

    static final String FALLBACK_PATH = "/gateway/fallback/";
    static final String WEB = "web";

    private static final int READ_RETRIES = 2;
    private static final Duration FIRST_BACKOFF = Duration.ofMillis(100);
    private static final Duration MAX_BACKOFF = Duration.ofMillis(500);

    @Bean
    RouteLocator serviceRouteLocator(RouteLocatorBuilder builder, ServiceAddresses addresses,
            ServiceRateLimit rateLimit) {
        RouteLocatorBuilder.Builder routes = builder.routes();
        addresses.byName().forEach((service, address) -> {
            String prefix = "/api/" + service;
            routes.route(service + "-api-docs", route -> route.order(-1)
                    .path(prefix + "/v3/api-docs/**")
                    .filters(filters -> resilient(filters.rewritePath(prefix + "/v3/api-docs(?<rest>.*)",
                            "/v3/api-docs${rest}"), service, rateLimit))
                    .uri(address));
            routes.route(service, route -> route
                    .path(prefix + "/**")
                    .filters(filters -> resilient(filters, service, rateLimit))
                    .uri(address));
        });
        // The website: every path the APIs do not own, on the same origin (its session cookie and CSRF tokens
        // stay first-party); an unknown /api/ path stays the gateway's 404 problem.
        routes.route(WEB, route -> route.order(Ordered.LOWEST_PRECEDENCE)
                .path("/**").and().not(api -> api.path("/api/**"))
                .filters(filters -> guarded(filters, WEB, rateLimit))
                .uri(addresses.web()));
        return routes.build();
    }

    /**
     * Rate limit first (a rejected request never reaches the breaker), then the circuit breaker,
     * with retries inside it so that the time limiter bounds a request including its retries.
     */
    private static GatewayFilterSpec resilient(GatewayFilterSpec filters, String service, ServiceRateLimit rateLimit) {
        return guarded(filters, service, rateLimit)
                .retry(retry -> retry.setRetries(READ_RETRIES)
                        .setMethods(HttpMethod.GET, HttpMethod.HEAD)
                        .setSeries()
                        .setStatuses(HttpStatus.BAD_GATEWAY, HttpStatus.SERVICE_UNAVAILABLE, HttpStatus.GATEWAY_TIMEOUT)
                        .setBackoff(FIRST_BACKOFF, MAX_BACKOFF, 2, false));
    }

    /**
     * Rate limit and circuit breaker without retries: the website's 503 is a page it has already made (its own calls
     * to the APIs were retried), so sending the request again would only triple the wait.
     */
    private static GatewayFilterSpec guarded(GatewayFilterSpec filters, String service, ServiceRateLimit rateLimit) {
        return filters
                .filter(rateLimit.forService(service))
                .circuitBreaker(breaker -> breaker.setName(service).setFallbackUri("forward:" + FALLBACK_PATH + service));
    }
}
