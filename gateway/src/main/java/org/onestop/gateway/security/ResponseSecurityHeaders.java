package org.onestop.gateway.security;

import org.onestop.gateway.clients.ClientAddresses;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * Headers the gateway puts on responses as they leave. On the APIs' responses ({@code /api/**}) and the gateway's own
 * problems: a Content-Security-Policy that lets a browser load and frame nothing ({@code default-src 'none';
 * frame-ancestors 'none'}; a JSON body never needs anything) and {@code X-Content-Type-Options: nosniff}. The
 * website's pages keep the policy the website sets. On every response of a request that came over TLS (to the
 * gateway itself, or to a trusted proxy that says so in X-Forwarded-Proto): Strict-Transport-Security for a year.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 4)
class ResponseSecurityHeaders implements WebFilter {

    static final String API_POLICY = "default-src 'none'; frame-ancestors 'none'";
    static final String HSTS = "max-age=31536000";

    private final ClientAddresses clients;

    ResponseSecurityHeaders(ClientAddresses clients) {
        this.clients = clients;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        boolean api = exchange.getRequest().getPath().value().startsWith("/api/");
        boolean secure = clients.isSecure(exchange.getRequest());
        ServerHttpResponse response = exchange.getResponse();
        response.beforeCommit(() -> {
            HttpHeaders headers = response.getHeaders();
            if (api || MediaType.APPLICATION_PROBLEM_JSON.isCompatibleWith(headers.getContentType())) {
                headers.set("Content-Security-Policy", API_POLICY);
                headers.set("X-Content-Type-Options", "nosniff");
            }
            if (secure) {
                headers.set("Strict-Transport-Security", HSTS);
            }
            return Mono.empty();
        });
        return chain.filter(exchange);
    }
}
