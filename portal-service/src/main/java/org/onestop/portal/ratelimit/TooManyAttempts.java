package org.onestop.portal.ratelimit;

import java.time.Duration;
import java.time.Instant;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** Too many attempts in the window: 429 problem+json with {@code Retry-After} (seconds until the window ends). */
public class TooManyAttempts extends ErrorResponseException {

    TooManyAttempts(String detail, Instant windowEnd, Instant now) {
        super(HttpStatus.TOO_MANY_REQUESTS, problem(detail, windowEnd), null);
        long seconds = Math.max(1, Duration.between(now, windowEnd).toSeconds());
        getHeaders().set(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
    }

    private static ProblemDetail problem(String detail, Instant windowEnd) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.TOO_MANY_REQUESTS, detail);
        problem.setTitle("Too many attempts");
        problem.setProperty("retryAt", windowEnd.toString());
        return problem;
    }
}
