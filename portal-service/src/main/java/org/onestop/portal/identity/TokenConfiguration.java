package org.onestop.portal.identity;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;

/**
 * The portal signs tokens and, being their issuer, checks them with its own public key; when
 * {@code spring.security.oauth2.resourceserver.jwt.jwk-set-uri} names another key set (an external
 * identity provider's), tokens signed with those keys are accepted as well (docs/operations.md §9).
 * The portal's own tokens of a disabled account, or of one whose password was reset since, are
 * refused at once ({@link PortalAccountTokens}).
 */
@Configuration(proxyBeanMethods = false)
class TokenConfiguration {

    private static final Logger log = LoggerFactory.getLogger(TokenConfiguration.class);

    @Bean
    JwtEncoder jwtEncoder(SigningKeys keys) {
        return new NimbusJwtEncoder(new ImmutableJWKSet<>(new com.nimbusds.jose.jwk.JWKSet(keys.signingKey())));
    }

    @Bean
    JwtDecoder jwtDecoder(SigningKeys keys, AccountRepository accounts, IdentityProperties properties,
                          @Value("${spring.security.oauth2.resourceserver.jwt.jwk-set-uri:}") String jwkSetUri)
            throws JOSEException {
        NimbusJwtDecoder own = NimbusJwtDecoder.withPublicKey(keys.signingKey().toRSAPublicKey()).build();
        own.setJwtValidator(new DelegatingOAuth2TokenValidator<>(JwtValidators.createDefault(),
                new PortalAccountTokens(accounts, properties.issuer())));
        if (!OwnKeyThenKeySet.isAnotherKeySet(jwkSetUri)) {
            return own;
        }
        log.info("Accepting tokens signed with the portal's own key and with the key set at {}", jwkSetUri);
        return new OwnKeyThenKeySet(keys.signingKey().getKeyID(), own, NimbusJwtDecoder.withJwkSetUri(jwkSetUri).build());
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }
}
