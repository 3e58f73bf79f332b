package org.onestop.gateway.security;

import java.util.Locale;
import java.util.Set;

import org.onestop.gateway.problem.ProblemResponses;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.security.web.server.firewall.ServerExchangeRejectedException;
import org.springframework.security.web.server.firewall.ServerExchangeRejectedHandler;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * What Spring Security's strict firewall refuses, as problem+json instead of an empty 400: a method it does not allow
 * (TRACE, CONNECT, anything unknown) is 405 with Allow; a URL that is not normalised or holds a sequence it does not
 * accept (a semicolon, a double slash, an encoded slash, dot, backslash or percent, a control character), or a
 * header or host name with characters it does not accept, is 400 saying which of these it was.
 */
@Component
class FirewallRefusals implements ServerExchangeRejectedHandler {

    /** The strict firewall's own list. */
    private static final Set<HttpMethod> ALLOWED = Set.of(HttpMethod.DELETE, HttpMethod.GET, HttpMethod.HEAD,
            HttpMethod.OPTIONS, HttpMethod.PATCH, HttpMethod.POST, HttpMethod.PUT);
    private static final String ALLOW = "DELETE, GET, HEAD, OPTIONS, PATCH, POST, PUT";

    private final ProblemResponses problems;

    FirewallRefusals(ProblemResponses problems) {
        this.problems = problems;
    }

    @Override
    public Mono<Void> handle(ServerWebExchange exchange, ServerExchangeRejectedException refusal) {
        if (!ALLOWED.contains(exchange.getRequest().getMethod())) {
            exchange.getResponse().getHeaders().set(HttpHeaders.ALLOW, ALLOW);
            return problems.write(exchange, HttpStatus.METHOD_NOT_ALLOWED,
                    "This method is not allowed; the gateway accepts " + ALLOW + ".");
        }
        return problems.write(exchange, HttpStatus.BAD_REQUEST, "The request was refused: " + reasonOf(refusal));
    }

    private static String reasonOf(ServerExchangeRejectedException refusal) {
        String message = String.valueOf(refusal.getMessage()).toLowerCase(Locale.ROOT);
        if (message.contains("header")) {
            return "a header name or value holds characters the gateway does not accept.";
        }
        if (message.contains("host")) {
            return "the host name holds characters the gateway does not accept.";
        }
        if (message.contains("parameter")) {
            return "a query parameter holds characters the gateway does not accept.";
        }
        if (message.contains("normalized")) {
            return "its path is not normalised (a double slash, or a . or .. segment).";
        }
        return "its URL holds a sequence the gateway does not accept (a semicolon, a double slash, an encoded slash,"
                + " dot, backslash or percent, or a control character).";
    }
}
