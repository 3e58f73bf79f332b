package org.onestop.portal.identity;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * A client-credentials token request refused, as problem+json carrying the RFC 6749 (section 5.2)
 * {@code error} code: 401 {@code invalid_client} (with {@code WWW-Authenticate: Basic}), or 400
 * {@code invalid_request} / {@code unsupported_grant_type}.
 */
class TokenRequestRefused extends ErrorResponseException {

    private TokenRequestRefused(HttpStatus status, String error, String detail) {
        super(status, problem(status, error, detail), null);
        getHeaders().setCacheControl(CacheControl.noStore());
        if (status == HttpStatus.UNAUTHORIZED) {
            getHeaders().set(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"onestop\"");
        }
    }

    /** Unknown client, wrong secret, disabled client or no credentials: all answered alike. */
    static TokenRequestRefused invalidClient() {
        return new TokenRequestRefused(HttpStatus.UNAUTHORIZED, "invalid_client", "Client authentication failed");
    }

    static TokenRequestRefused invalidRequest(String detail) {
        return new TokenRequestRefused(HttpStatus.BAD_REQUEST, "invalid_request", detail);
    }

    static TokenRequestRefused unsupportedGrantType() {
        return new TokenRequestRefused(HttpStatus.BAD_REQUEST, "unsupported_grant_type",
                "Only grant_type=client_credentials is accepted as a form; people sign in with JSON {username, password}");
    }

    private static ProblemDetail problem(HttpStatus status, String error, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(status == HttpStatus.UNAUTHORIZED ? "Unauthorized" : "Invalid token request");
        problem.setProperty("error", error);
        return problem;
    }
}
