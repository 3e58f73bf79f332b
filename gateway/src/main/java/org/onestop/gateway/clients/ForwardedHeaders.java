package org.onestop.gateway.clients;

import java.util.Locale;

import org.springframework.cloud.gateway.filter.headers.HttpHeadersFilter;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;

/**
 * What the services and the website are told about the client: X-Forwarded-For is the one address
 * {@link ClientAddresses} found (so their own limits per client count the same clients as the gateway's),
 * X-Forwarded-Proto {@code https} when the request came over TLS; whatever a client sent under
 * X-Forwarded-* or Forwarded is dropped. Runs after Spring Cloud Gateway's own header filters.
 */
@Component
class ForwardedHeaders implements HttpHeadersFilter, Ordered {

    private final ClientAddresses clients;

    ForwardedHeaders(ClientAddresses clients) {
        this.clients = clients;
    }

    @Override
    public HttpHeaders filter(HttpHeaders input, ServerWebExchange exchange) {
        HttpHeaders forwarded = new HttpHeaders();
        input.forEach((name, values) -> {
            String lower = name.toLowerCase(Locale.ROOT);
            if (!lower.startsWith("x-forwarded-") && !lower.equals("forwarded")) {
                forwarded.put(name, values);
            }
        });
        forwarded.set(ClientAddresses.FORWARDED_FOR, clients.clientAddress(exchange.getRequest()));
        if (clients.isSecure(exchange.getRequest())) {
            forwarded.set(ClientAddresses.FORWARDED_PROTO, "https");
        }
        return forwarded;
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
