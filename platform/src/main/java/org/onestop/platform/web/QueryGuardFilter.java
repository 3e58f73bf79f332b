package org.onestop.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a query string that holds a character no text the platform keeps may hold (NUL, other
 * control characters, text-direction overrides: {@link BodyBounds#hasUnsafeCharacter}) or a broken
 * percent-encoding, with 400 problem+json naming the parameter, before a database ever sees it
 * (PostgreSQL refuses NUL in text, which would otherwise surface as a conflict or an error).
 */
class QueryGuardFilter extends OncePerRequestFilter {

    private final ProblemWriter problems;

    QueryGuardFilter(ProblemWriter problems) {
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String query = request.getQueryString();
        String refused = query == null ? null : refusedParameter(query);
        if (refused != null) {
            problems.write(request, response, HttpStatus.BAD_REQUEST, "Invalid request",
                    "The query parameter " + refused + " " + BodyBounds.UNSAFE + ", and must be percent-encoded UTF-8");
            return;
        }
        chain.doFilter(request, response);
    }

    /** The first parameter (its name, made safe to show) that breaks the rule, or null. */
    static String refusedParameter(String query) {
        for (String pair : query.split("&")) {
            int equals = pair.indexOf('=');
            String name = equals < 0 ? pair : pair.substring(0, equals);
            String value = equals < 0 ? "" : pair.substring(equals + 1);
            String shown = name.replaceAll("[^A-Za-z0-9._-]", "?");
            try {
                if (BodyBounds.hasUnsafeCharacter(URLDecoder.decode(name, StandardCharsets.UTF_8))
                        || BodyBounds.hasUnsafeCharacter(URLDecoder.decode(value, StandardCharsets.UTF_8))) {
                    return shown;
                }
            } catch (IllegalArgumentException brokenEncoding) {
                return shown;
            }
        }
        return null;
    }
}
