package org.onestop.gateway.routing;

import static org.springframework.cloud.gateway.support.ServerWebExchangeUtils.CIRCUITBREAKER_EXECUTION_EXCEPTION_ATTR;

import org.onestop.gateway.correlation.CorrelationId;
import org.onestop.gateway.problem.Problem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.server.RequestPredicates;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.RouterFunctions;
import org.springframework.web.reactive.function.server.ServerRequest;
import org.springframework.web.reactive.function.server.ServerResponse;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * Where the circuit breakers forward a failed or timed-out call: 503 problem+json naming the
 * unavailable service. Reachable only by that internal forward (the security rules deny it from outside).
 */
@Configuration(proxyBeanMethods = false)
class ServiceUnavailableFallback {

    private static final Logger log = LoggerFactory.getLogger(ServiceUnavailableFallback.class);

    @Bean
    RouterFunction<ServerResponse> serviceUnavailableFallbackRoute() {
        return RouterFunctions.route(RequestPredicates.path(ServiceRoutes.FALLBACK_PATH + "{service}"),
                ServiceUnavailableFallback::respond);
    }

    private static Mono<ServerResponse> respond(ServerRequest request) {
        ServerWebExchange exchange = request.exchange();
        String service = request.pathVariable("service");
        Throwable cause = exchange.getAttribute(CIRCUITBREAKER_EXECUTION_EXCEPTION_ATTR);
        try (var mdc = CorrelationId.putInMdc(exchange)) {
            log.warn("Service {} unavailable: {}", service, String.valueOf(cause));
        }
        Problem problem = Problem.of(exchange, HttpStatus.SERVICE_UNAVAILABLE,
                "The " + service + " service is unavailable. Please try again later.");
        return ServerResponse.status(HttpStatus.SERVICE_UNAVAILABLE)
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .bodyValue(problem);
    }
}
