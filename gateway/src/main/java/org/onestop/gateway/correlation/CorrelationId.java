package org.onestop.gateway.correlation;

import java.util.UUID;
import java.util.regex.Pattern;

import org.slf4j.MDC;
import org.springframework.web.server.ServerWebExchange;

/** The correlation id of a request: the client's if it is sane, otherwise a new UUID. */
public final class CorrelationId {

    static final String HEADER = "X-Correlation-Id";
    private static final String MDC_KEY = "correlationId";
    static final String ATTRIBUTE = CorrelationId.class.getName();

    private static final Pattern SANE = Pattern.compile("[A-Za-z0-9._-]{1,64}");

    private CorrelationId() {
    }

    /** The id assigned to this exchange, or {@code null} before {@link CorrelationIdFilter} ran. */
    public static String of(ServerWebExchange exchange) {
        return exchange.getAttribute(ATTRIBUTE);
    }

    /** Puts this exchange's id in the logging MDC until the returned handle is closed. */
    public static MDC.MDCCloseable putInMdc(ServerWebExchange exchange) {
        return MDC.putCloseable(MDC_KEY, of(exchange));
    }

    static String acceptOrCreate(String fromClient) {
        return fromClient != null && SANE.matcher(fromClient).matches() ? fromClient : UUID.randomUUID().toString();
    }
}
