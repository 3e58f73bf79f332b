package org.onestop.gateway.channel;

import java.util.Optional;

import org.onestop.gateway.problem.ProblemResponses;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/** Normalizes X-Channel to lowercase (missing means web) and rejects unknown channels with 400. */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 2)
class ChannelFilter implements WebFilter {

    private final ProblemResponses problems;

    ChannelFilter(ProblemResponses problems) {
        this.problems = problems;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        String requested = exchange.getRequest().getHeaders().getFirst(Channel.HEADER);
        Optional<Channel> channel = requested == null ? Optional.of(Channel.WEB) : Channel.parse(requested);
        if (channel.isEmpty()) {
            return problems.write(exchange, HttpStatus.BAD_REQUEST,
                    "X-Channel must be one of web, wechat, app, weibo, hall.");
        }
        String normalized = channel.get().headerValue();
        return chain.filter(exchange.mutate()
                .request(request -> request.headers(headers -> headers.set(Channel.HEADER, normalized)))
                .build());
    }
}
