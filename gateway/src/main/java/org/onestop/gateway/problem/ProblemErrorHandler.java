package org.onestop.gateway.problem;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.webflux.error.ErrorWebExceptionHandler;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * Renders every exception that reaches the top of the gateway (no route, method not allowed,
 * unexpected failures) as problem+json, ahead of Boot's whitelabel/JSON error handler.
 */
@Component
@Order(-2)
class ProblemErrorHandler implements ErrorWebExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemErrorHandler.class);

    private final ProblemResponses problems;

    ProblemErrorHandler(ProblemResponses problems) {
        this.problems = problems;
    }

    @Override
    public Mono<Void> handle(ServerWebExchange exchange, Throwable error) {
        if (exchange.getResponse().isCommitted()) {
            return Mono.error(error);
        }
        if (error instanceof ResponseStatusException statusError) {
            HttpStatusCode status = statusError.getStatusCode();
            return problems.write(exchange, status, detailOf(exchange, status));
        }
        log.error("Unexpected error in the gateway for {} {}", exchange.getRequest().getMethod(),
                exchange.getRequest().getPath(), error);
        return problems.write(exchange, HttpStatus.INTERNAL_SERVER_ERROR, "The gateway failed to handle the request.");
    }

    private static String detailOf(ServerWebExchange exchange, HttpStatusCode status) {
        String request = exchange.getRequest().getMethod() + " " + exchange.getRequest().getPath();
        if (status.value() == HttpStatus.NOT_FOUND.value()) {
            return "No route matches " + request + ".";
        }
        if (status.value() == HttpStatus.METHOD_NOT_ALLOWED.value()) {
            return "Method not allowed for " + request + ".";
        }
        return "The gateway could not handle " + request + ".";
    }
}
