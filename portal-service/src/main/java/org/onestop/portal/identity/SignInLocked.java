package org.onestop.portal.identity;

import java.time.Duration;
import java.time.Instant;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** Too many failed sign-ins in a row: 423 problem+json saying until when, with {@code Retry-After}. */
class SignInLocked extends ErrorResponseException {

    SignInLocked(Instant lockedUntil, Instant now) {
        super(HttpStatus.LOCKED, problem(lockedUntil), null);
        long seconds = Math.max(1, Duration.between(now, lockedUntil).toSeconds());
        getHeaders().set(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
    }

    private static ProblemDetail problem(Instant lockedUntil) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.LOCKED,
                "Too many failed sign-ins; try again after " + lockedUntil);
        problem.setTitle("Sign-in locked");
        problem.setProperty("lockedUntil", lockedUntil.toString());
        return problem;
    }
}
