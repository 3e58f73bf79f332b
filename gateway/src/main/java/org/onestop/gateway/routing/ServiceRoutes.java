package org.onestop.gateway.routing;

import java.time.Duration;

import org.onestop.gateway.limits.RouteLimits;
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
 * that is not {@code /api/**} (nor {@code /actuator/**}, which is on the management port) goes to the website, last.
 * Each route runs through the client's rate limit, the route's cap on requests in flight and the service's circuit
 * breaker (with time limiter), and retries idempotent reads.
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
            RouteLimits limits) {
        RouteLocatorBuilder.Builder routes = builder.routes();
        addresses.byName().forEach((service, address) -> {
            String prefix = "/api/" + service;
            routes.route(service + "-api-docs", route -> route.order(-1)
                    .path(prefix + "/v3/api-docs/**")
                    .filters(filters -> resilient(filters.rewritePath(prefix + "/v3/api-docs(?<rest>.*)",
                            "/v3/api-docs${rest}"), service, limits))
                    .uri(address));
            routes.route(service, route -> route
                    .path(prefix + "/**")
                    .filters(filters -> resilient(filters, service, limits))
                    .uri(address));
        });
        // The website: every path the APIs do not own, on the same origin (its session cookie and CSRF tokens
        // stay first-party); an unknown /api/ path stays the gateway's 404 problem, and so does /actuator/ (the
        // gateway's own actuator is on its management port, the website's is never reachable through the gateway).
        routes.route(WEB, route -> route.order(Ordered.LOWEST_PRECEDENCE)
                .path("/**").and().not(api -> api.path("/api/**", "/actuator", "/actuator/**"))
                .filters(filters -> guarded(filters, WEB, limits))
                .uri(addresses.web()));
        return routes.build();
    }

    /**
     * The client's rate limit first, then the route's cap on requests in flight (a refused request never reaches the
     * breaker), then the circuit breaker, with retries inside it so that the time limiter bounds a request including
     * its retries.
     */
    private static GatewayFilterSpec resilient(GatewayFilterSpec filters, String service, RouteLimits limits) {
        return guarded(filters, service, limits)
                .retry(retry -> retry.setRetries(READ_RETRIES)
                        .setMethods(HttpMethod.GET, HttpMethod.HEAD)
                        .setSeries()
                        .setStatuses(HttpStatus.BAD_GATEWAY, HttpStatus.SERVICE_UNAVAILABLE, HttpStatus.GATEWAY_TIMEOUT)
                        .setBackoff(FIRST_BACKOFF, MAX_BACKOFF, 2, false));
    }

    /**
     * Rate limit, in-flight cap and circuit breaker without retries: the website's 503 is a page it has already made (its own calls
     * to the APIs were retried), so sending the request again would only triple the wait.
     */
    private static GatewayFilterSpec guarded(GatewayFilterSpec filters, String service, RouteLimits limits) {
        return filters
                .filter(limits.perClient(service))
                .filter(limits.inFlight(service))
                .circuitBreaker(breaker -> breaker.setName(service).setFallbackUri("forward:" + FALLBACK_PATH + service));
    }
}
