package org.onestop.platform.security;

import com.nimbusds.jwt.JWTParser;
import java.text.ParseException;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtAudienceValidator;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;

/**
 * Judges a bearer token by the issuer it names: the token goes to that issuer's decoder (its own key set and
 * validators) and to no other, so a key of one provider never vouches for a token naming another, and a token
 * naming no accepted issuer is refused before any key is fetched.
 */
public final class IssuerJwtDecoder implements JwtDecoder {

    private final Map<String, JwtDecoder> byIssuer;

    private IssuerJwtDecoder(Map<String, JwtDecoder> byIssuer) {
        this.byIssuer = Map.copyOf(byIssuer);
    }

    /**
     * A decoder for every configured issuer, each with its key set; {@code local} decoders (an issuer's own keys, in
     * the service that signs) take the place of the configured one for their issuer.
     */
    public static IssuerJwtDecoder of(TokenIssuers issuers, Map<String, JwtDecoder> local, Clock clock) {
        Map<String, JwtDecoder> byIssuer = new LinkedHashMap<>();
        issuers.issuers().forEach((name, issuer) -> {
            if (blank(issuer.issuer()) && blank(issuer.jwkSetUri())) {
                return; // a slot left empty (compose passes ONESTOP_IDP_* on, set or not)
            }
            if (blank(issuer.issuer())) {
                throw new IllegalArgumentException("onestop.security.tokens.issuers." + name + ".issuer is not set");
            }
            if (local.containsKey(issuer.issuer())) {
                return;
            }
            if (blank(issuer.jwkSetUri())) {
                throw new IllegalArgumentException("onestop.security.tokens.issuers." + name + ".jwk-set-uri is not set");
            }
            NimbusJwtDecoder decoder = NimbusJwtDecoder.withJwkSetUri(issuer.jwkSetUri().strip()).build();
            decoder.setJwtValidator(validator(issuer.issuer(), issuers.audienceOf(issuer), issuers, clock));
            byIssuer.put(issuer.issuer(), decoder);
        });
        byIssuer.putAll(local);
        return new IssuerJwtDecoder(byIssuer);
    }

    /** What every token of {@code issuer} must satisfy: that issuer, the audience, an expiry, the time within skew. */
    public static OAuth2TokenValidator<Jwt> validator(String issuer, String audience, TokenIssuers issuers, Clock clock) {
        JwtTimestampValidator time = new JwtTimestampValidator(issuers.clockSkew());
        time.setAllowEmptyExpiryClaim(false);
        time.setClock(clock);
        return new DelegatingOAuth2TokenValidator<>(time, new JwtIssuerValidator(issuer),
                new JwtAudienceValidator(audience));
    }

    @Override
    public Jwt decode(String token) throws JwtException {
        String issuer = issuerOf(token);
        JwtDecoder decoder = issuer == null ? null : byIssuer.get(issuer);
        if (decoder == null) {
            throw new BadJwtException("The token's issuer is not accepted");
        }
        return decoder.decode(token);
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private static String issuerOf(String token) {
        try {
            return JWTParser.parse(token).getJWTClaimsSet().getIssuer();
        } catch (ParseException | RuntimeException e) {
            throw new BadJwtException("The token cannot be read");
        }
    }
}
