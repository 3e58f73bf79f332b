package org.onestop.portal.identity;

import java.time.Instant;
import java.util.List;
import org.onestop.platform.security.TokenIssuers;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.stereotype.Component;

/** Signs the short-lived RS256 access tokens with the claims of docs/api-reference.md, with the current key. */
@Component
class AccessTokens {

    /** The account's password version when the token was issued (see {@link PortalAccountTokens}). */
    static final String PASSWORD_VERSION = "password_version";

    private final JwtEncoder encoder;
    private final SigningKeys keys;
    private final IdentityProperties properties;
    private final String audience;

    AccessTokens(JwtEncoder encoder, SigningKeys keys, IdentityProperties properties, TokenIssuers issuers) {
        this.encoder = encoder;
        this.keys = keys;
        this.properties = properties;
        this.audience = issuers.audience();
    }

    /**
     * A person's token. While an administrator's reset is not followed by the account's own new
     * password, the token has no roles and says {@code password_change_required}: it serves to read
     * the profile and change the password, and no role-guarded endpoint of any service takes it.
     */
    String issue(Account account, Instant now) {
        JwtClaimsSet.Builder claims = claims(account.id().toString(), account.username(), account.displayName(),
                account.passwordChangeRequired() ? List.of() : account.roles(), now)
                .claim("account_type", account.type().name())
                .claim(PASSWORD_VERSION, account.passwordVersion());
        if (account.passwordChangeRequired()) {
            claims.claim("password_change_required", true);
        }
        if (account.departmentCode() != null) {
            claims.claim("department", account.departmentCode()).claim("region", account.regionCode());
        }
        return sign(claims);
    }

    /** A machine client's token: its id as subject and username, its department and region, and {@code client_id}. */
    String issue(MachineClient client, Instant now) {
        return sign(claims(client.clientId(), client.clientId(), client.name(), client.roles(), now)
                .claim("client_id", client.clientId())
                .claim("department", client.departmentCode())
                .claim("region", client.regionCode()));
    }

    long lifetimeSeconds() {
        return properties.accessTokenLifetime().toSeconds();
    }

    private JwtClaimsSet.Builder claims(String subject, String username, String name, List<String> roles, Instant now) {
        return JwtClaimsSet.builder()
                .issuer(properties.issuer())
                .subject(subject)
                .audience(List.of(audience))
                .issuedAt(now)
                .expiresAt(now.plus(properties.accessTokenLifetime()))
                .claim("preferred_username", username)
                .claim("name", name)
                .claim("roles", roles);
    }

    private String sign(JwtClaimsSet.Builder claims) {
        JwsHeader header = JwsHeader.with(SignatureAlgorithm.RS256).keyId(keys.signingKey().getKeyID()).build();
        return encoder.encode(JwtEncoderParameters.from(header, claims.build())).getTokenValue();
    }
}
