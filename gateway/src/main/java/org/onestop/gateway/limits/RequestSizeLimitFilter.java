package org.onestop.gateway.limits;

import org.onestop.gateway.problem.ProblemResponses;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferLimitException;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.http.server.reactive.ServerHttpRequestDecorator;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Rejects request bodies over {@code onestop.gateway.max-request-size} with 413: by the
 * Content-Length header when there is one, otherwise (chunked) by reading at most that many bytes
 * before forwarding.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 3)
class RequestSizeLimitFilter implements WebFilter {

    private final ProblemResponses problems;
    private final long maxBytes;

    RequestSizeLimitFilter(ProblemResponses problems, RequestLimits limits) {
        this.problems = problems;
        this.maxBytes = limits.maxRequestSize().toBytes();
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        ServerHttpRequest request = exchange.getRequest();
        long declaredLength = request.getHeaders().getContentLength();
        if (declaredLength > maxBytes) {
            return tooLarge(exchange);
        }
        if (declaredLength >= 0 || !isChunked(request)) {
            return chain.filter(exchange);
        }
        return DataBufferUtils.join(request.getBody(), Math.toIntExact(Math.min(maxBytes, Integer.MAX_VALUE)))
                .map(body -> exchange.mutate().request(withBody(request, body)).build())
                .defaultIfEmpty(exchange)
                .onErrorResume(DataBufferLimitException.class, exceeded -> tooLarge(exchange).then(Mono.empty()))
                .flatMap(chain::filter);
    }

    private Mono<Void> tooLarge(ServerWebExchange exchange) {
        return problems.write(exchange, HttpStatus.CONTENT_TOO_LARGE,
                "The request body exceeds the limit of " + maxBytes + " bytes.");
    }

    private static boolean isChunked(ServerHttpRequest request) {
        return request.getHeaders().containsHeader("Transfer-Encoding");
    }

    private static ServerHttpRequest withBody(ServerHttpRequest request, DataBuffer body) {
        return new ServerHttpRequestDecorator(request) {
            @Override
            public Flux<DataBuffer> getBody() {
                return Flux.just(body);
            }
        };
    }
}
