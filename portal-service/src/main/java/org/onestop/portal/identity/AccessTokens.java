package org.onestop.portal.identity;

import java.time.Instant;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.stereotype.Component;

/** Signs the short-lived RS256 access tokens with the claims of docs/conventions.md. */
@Component
class AccessTokens {

    private final JwtEncoder encoder;
    private final SigningKeys keys;
    private final IdentityProperties properties;

    AccessTokens(JwtEncoder encoder, SigningKeys keys, IdentityProperties properties) {
        this.encoder = encoder;
        this.keys = keys;
        this.properties = properties;
    }

    String issue(Account account, Instant now) {
        JwtClaimsSet.Builder claims = JwtClaimsSet.builder()
                .issuer(properties.issuer())
                .subject(account.id().toString())
                .issuedAt(now)
                .expiresAt(now.plus(properties.accessTokenLifetime()))
                .claim("preferred_username", account.username())
                .claim("name", account.displayName())
                .claim("account_type", account.type().name())
                .claim("roles", account.roles());
        if (account.departmentCode() != null) {
            claims.claim("department", account.departmentCode()).claim("region", account.regionCode());
        }
        JwsHeader header = JwsHeader.with(SignatureAlgorithm.RS256).keyId(keys.signingKey().getKeyID()).build();
        return encoder.encode(JwtEncoderParameters.from(header, claims.build())).getTokenValue();
    }

    long lifetimeSeconds() {
        return properties.accessTokenLifetime().toSeconds();
    }
}
