package org.onestop.gateway.problem;

import java.net.URI;

import org.onestop.gateway.correlation.CorrelationId;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.web.server.ServerWebExchange;

/** RFC 9457 problem details as the gateway writes them. */
public record Problem(URI type, String title, int status, String detail, String instance, String correlationId) {

    private static final URI BLANK_TYPE = URI.create("about:blank");

    /** A problem about the client's request: {@code instance} is the path it asked for. */
    public static Problem of(ServerWebExchange exchange, HttpStatusCode status, String detail) {
        String instance = exchange.getAttributeOrDefault(OriginalPathFilter.ATTRIBUTE,
                exchange.getRequest().getPath().value());
        return new Problem(BLANK_TYPE, titleOf(status), status.value(), detail, instance, CorrelationId.of(exchange));
    }

    private static String titleOf(HttpStatusCode status) {
        HttpStatus known = HttpStatus.resolve(status.value());
        return known != null ? known.getReasonPhrase() : "HTTP " + status.value();
    }
}
