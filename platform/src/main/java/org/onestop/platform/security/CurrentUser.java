package org.onestop.platform.security;

import java.util.List;
import org.springframework.security.oauth2.jwt.Jwt;

/**
 * Who is calling, as the token says: account id, display name, roles, and for staff the
 * department and region they act for.
 */
public record CurrentUser(String id, String username, String name, List<String> roles, String department,
                          String region) {

    public static CurrentUser of(Jwt jwt) {
        List<String> roles = jwt.getClaimAsStringList("roles");
        return new CurrentUser(jwt.getSubject(), jwt.getClaimAsString("preferred_username"),
                jwt.getClaimAsString("name"), roles == null ? List.of() : List.copyOf(roles),
                jwt.getClaimAsString("department"), jwt.getClaimAsString("region"));
    }

    public boolean hasRole(String role) {
        return roles.contains(role);
    }
}
