package org.onestop.web.session;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * The signed-in person as the website keeps them in the server-side session: the portal's tokens
 * (never sent to the browser) and what the pages show.
 */
public record SignedIn(String accountId, String username, String name, List<String> roles, String accessToken,
                       Instant accessExpiresAt, String refreshToken, boolean passwordChangeRequired) implements Serializable {

    public boolean hasRole(String role) {
        return roles.contains(role);
    }

    /** A citizen or an enterprise: the people who apply. */
    public boolean isApplicant() {
        return hasRole("CITIZEN") || hasRole("LEGAL_PERSON");
    }
}
