package org.onestop.gateway.security;

import com.nimbusds.jwt.JWTParser;
import java.text.ParseException;
import java.util.HashMap;
import java.util.Map;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.JwtAudienceValidator;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.NimbusReactiveJwtDecoder;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import reactor.core.publisher.Mono;

/**
 * The gateway judges a bearer token as every service does: by the issuer it names, with that issuer's key set alone,
 * carrying the audience and an expiry, within the clock skew. A token naming no accepted issuer is refused before
 * any key is fetched.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(TokenIssuers.class)
class IssuerTokens {

    @Bean
    ReactiveJwtDecoder jwtDecoder(TokenIssuers issuers) {
        Map<String, ReactiveJwtDecoder> byIssuer = new HashMap<>();
        issuers.issuers().forEach((name, issuer) -> {
            if (issuer.unset()) {
                return;
            }
            if (issuer.issuer() == null || issuer.issuer().isBlank() || issuer.jwkSetUri() == null
                    || issuer.jwkSetUri().isBlank()) {
                throw new IllegalArgumentException("onestop.security.tokens.issuers." + name
                        + " needs both issuer and jwk-set-uri");
            }
            NimbusReactiveJwtDecoder decoder = NimbusReactiveJwtDecoder.withJwkSetUri(issuer.jwkSetUri().strip()).build();
            JwtTimestampValidator time = new JwtTimestampValidator(issuers.clockSkew());
            time.setAllowEmptyExpiryClaim(false);
            String audience = issuer.audience() == null || issuer.audience().isBlank() ? issuers.audience()
                    : issuer.audience().strip();
            decoder.setJwtValidator(new DelegatingOAuth2TokenValidator<>(time, new JwtIssuerValidator(issuer.issuer()),
                    new JwtAudienceValidator(audience)));
            byIssuer.put(issuer.issuer(), decoder);
        });
        Map<String, ReactiveJwtDecoder> accepted = Map.copyOf(byIssuer);
        return token -> {
            String issuer = issuerOf(token);
            ReactiveJwtDecoder decoder = issuer == null ? null : accepted.get(issuer);
            return decoder == null ? Mono.error(new BadJwtException("The token's issuer is not accepted"))
                    : decoder.decode(token);
        };
    }

    private static String issuerOf(String token) {
        try {
            return JWTParser.parse(token).getJWTClaimsSet().getIssuer();
        } catch (ParseException | RuntimeException e) {
            return null;
        }
    }
}
