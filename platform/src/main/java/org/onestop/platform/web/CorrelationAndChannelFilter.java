package org.onestop.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Takes the correlation id (or makes one) and the channel from each request before anything else
 * runs, echoes the id on the response, and refuses a channel the platform does not know.
 */
class CorrelationAndChannelFilter extends OncePerRequestFilter {

    private static final String CHANNELS = String.join(", ", RequestContext.CHANNELS.stream().sorted().toList());

    private final ProblemWriter problems;

    CorrelationAndChannelFilter(ProblemWriter problems) {
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String given = request.getHeader(RequestContext.CORRELATION_HEADER);
        String correlationId = RequestContext.isSaneCorrelationId(given) ? given : UUID.randomUUID().toString();
        response.setHeader(RequestContext.CORRELATION_HEADER, correlationId);
        String channel = RequestContext.channelOf(request.getHeader(RequestContext.CHANNEL_HEADER));
        try (var scope = RequestContext.open(correlationId, channel == null ? RequestContext.DEFAULT_CHANNEL : channel)) {
            if (channel == null) {
                problems.write(request, response, HttpStatus.BAD_REQUEST, "Unknown channel",
                        "X-Channel must be one of " + CHANNELS);
            } else {
                chain.doFilter(request, response);
            }
        }
    }
}
