package org.onestop.portal.identity;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/** Signs in with a username and password and hands out RS256 access tokens; publishes the JWKS. */
@RestController
@RequestMapping("/api/portal/v1/auth")
class TokenController {

    private final AccountRepository accounts;
    private final PasswordEncoder passwords;
    private final JwtEncoder encoder;
    private final SigningKeys keys;
    private final IdentityProperties properties;
    private final Clock clock = Clock.systemUTC();

    TokenController(AccountRepository accounts, PasswordEncoder passwords, JwtEncoder encoder, SigningKeys keys,
                    IdentityProperties properties) {
        this.accounts = accounts;
        this.passwords = passwords;
        this.encoder = encoder;
        this.keys = keys;
        this.properties = properties;
    }

    @PostMapping("/token")
    TokenResponse token(@Valid @RequestBody SignIn request) {
        Account account = accounts.findByUsername(request.username())
                .filter(found -> passwords.matches(request.password(), found.passwordHash()))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.UNAUTHORIZED, "Wrong username or password"));
        Instant now = clock.instant();
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
        String token = encoder.encode(JwtEncoderParameters.from(header, claims.build())).getTokenValue();
        return new TokenResponse(token, "Bearer", properties.accessTokenLifetime().toSeconds());
    }

    @GetMapping("/jwks")
    Map<String, Object> jwks() {
        return keys.publicKeys().toJSONObject();
    }

    record SignIn(@NotBlank String username, @NotBlank String password) {
    }

    record TokenResponse(String accessToken, String tokenType, long expiresIn) {
    }
}
