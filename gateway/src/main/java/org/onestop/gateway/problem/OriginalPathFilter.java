package org.onestop.gateway.problem;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * Remembers the path the client asked for, so that a problem's {@code instance} names it even after
 * the gateway rewrote the path or forwarded the request to a fallback.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class OriginalPathFilter implements WebFilter {

    static final String ATTRIBUTE = OriginalPathFilter.class.getName();

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        exchange.getAttributes().put(ATTRIBUTE, exchange.getRequest().getPath().value());
        return chain.filter(exchange);
    }
}
