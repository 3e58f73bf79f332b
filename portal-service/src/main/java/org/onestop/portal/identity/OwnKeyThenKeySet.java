package org.onestop.portal.identity;

import com.nimbusds.jwt.JWT;
import com.nimbusds.jwt.JWTParser;
import com.nimbusds.jwt.SignedJWT;
import java.net.URI;
import java.text.ParseException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;

/**
 * Checks a bearer token with the portal's own signing key first and, when that fails, with the key
 * set at {@code spring.security.oauth2.resourceserver.jwt.jwk-set-uri} (an organisation's identity
 * provider). A token that names the portal's own key ({@code kid}) is judged by that key alone, so
 * an expired portal token never sends the portal to the identity provider.
 */
final class OwnKeyThenKeySet implements JwtDecoder {

    /** Where the portal serves its own key set: a jwk-set-uri with this path is the portal itself. */
    static final String OWN_KEY_SET_PATH = "/api/portal/v1/auth/jwks";

    private final String ownKeyId;
    private final JwtDecoder own;
    private final JwtDecoder configured;

    OwnKeyThenKeySet(String ownKeyId, JwtDecoder own, JwtDecoder configured) {
        this.ownKeyId = ownKeyId;
        this.own = own;
        this.configured = configured;
    }

    /** Whether {@code jwkSetUri} names another key set than the portal's own (blank: none). */
    static boolean isAnotherKeySet(String jwkSetUri) {
        if (jwkSetUri == null || jwkSetUri.isBlank()) {
            return false;
        }
        return !OWN_KEY_SET_PATH.equals(URI.create(jwkSetUri.strip()).getPath());
    }

    @Override
    public Jwt decode(String token) throws JwtException {
        try {
            return own.decode(token);
        } catch (JwtException ownKeyFailure) {
            if (ownKeyId.equals(keyIdOf(token))) {
                throw ownKeyFailure;
            }
            try {
                return configured.decode(token);
            } catch (JwtException keySetFailure) {
                keySetFailure.addSuppressed(ownKeyFailure);
                throw keySetFailure;
            }
        }
    }

    private static String keyIdOf(String token) {
        try {
            JWT parsed = JWTParser.parse(token);
            return parsed instanceof SignedJWT signed ? signed.getHeader().getKeyID() : null;
        } catch (ParseException e) {
            return null;
        }
    }
}
