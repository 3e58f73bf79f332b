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
        if (ServiceRoutes.WEB.equals(service)) {
            return ServerResponse.status(HttpStatus.SERVICE_UNAVAILABLE)
                    .contentType(new MediaType(MediaType.TEXT_HTML, java.nio.charset.StandardCharsets.UTF_8))
                    .header("Cache-Control", "no-store")
                    .bodyValue(websiteUnavailable(CorrelationId.of(exchange)));
        }
        Problem problem = Problem.of(exchange, HttpStatus.SERVICE_UNAVAILABLE,
                "The " + service + " service is unavailable. Please try again later.");
        return ServerResponse.status(HttpStatus.SERVICE_UNAVAILABLE)
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .bodyValue(problem);
    }

    /** The page a person sees when the website itself does not answer: both languages, the id to quote, no script. */
    static String websiteUnavailable(String correlationId) {
        String id = correlationId == null ? "" : correlationId.replaceAll("[^A-Za-z0-9-]", "");
        return """
                <!DOCTYPE html>
                <html lang="zh-CN"><head><meta charset="utf-8">
                <meta name="viewport" content="width=device-width, initial-scale=1">
                <title>服务暂时不可用 Service temporarily unavailable</title></head>
                <body><main>
                <h1>服务暂时不可用</h1><p>系统正忙或正在维护，请稍后再试。</p>
                <h2 lang="en">Service temporarily unavailable</h2>
                <p lang="en">The website is busy or being maintained: please try again shortly.</p>
                <p>请求编号 Request id: %s</p>
                </main></body></html>
                """.formatted(id);
    }
}
