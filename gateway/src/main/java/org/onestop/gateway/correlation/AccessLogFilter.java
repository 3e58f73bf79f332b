package org.onestop.gateway.correlation;

import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatusCode;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * Logs one line per request, except actuator probes and scrapes, with the correlation id in the MDC
 * (logger {@code org.onestop.gateway.access}).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class AccessLogFilter implements WebFilter {

    private static final Logger log = LoggerFactory.getLogger("org.onestop.gateway.access");

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        if (exchange.getRequest().getPath().value().startsWith("/actuator/")) {
            return chain.filter(exchange);
        }
        long started = System.nanoTime();
        return chain.filter(exchange).doFinally(signal -> logAccess(exchange, started));
    }

    private static void logAccess(ServerWebExchange exchange, long started) {
        if (!log.isInfoEnabled()) {
            return;
        }
        HttpStatusCode status = exchange.getResponse().getStatusCode();
        long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
        try (var mdc = CorrelationId.putInMdc(exchange)) {
            log.info("{} {} {} {}ms", exchange.getRequest().getMethod(), exchange.getRequest().getPath(),
                    status != null ? status.value() : "-", millis);
        }
    }
}
