package org.onestop.portal.identity;

import java.time.Clock;
import java.util.Map;
import org.onestop.platform.security.IssuerJwtDecoder;
import org.onestop.platform.security.TokenIssuers;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;

/**
 * The portal signs tokens with its current key ({@link SigningKeys}) and, being their issuer, checks tokens that
 * name it with its own keys, from the database, never over HTTP; tokens naming another configured issuer
 * ({@code onestop.security.tokens.issuers}, an organisation's identity provider: docs/operations.md §9) are checked
 * with that issuer's key set alone, and tokens of any other issuer are refused ({@link IssuerJwtDecoder}). The
 * portal's own tokens of a disabled account, or of one whose password was reset since, are refused at once
 * ({@link PortalAccountTokens}).
 */
@Configuration(proxyBeanMethods = false)
class TokenConfiguration {

    private static final Logger log = LoggerFactory.getLogger(TokenConfiguration.class);

    @Bean
    JwtEncoder jwtEncoder(SigningKeys keys) {
        return new NimbusJwtEncoder(keys.privateKeySource());
    }

    @Bean
    JwtDecoder jwtDecoder(SigningKeys keys, AccountRepository accounts, IdentityProperties properties,
                          TokenIssuers issuers, Clock clock) {
        NimbusJwtDecoder own = NimbusJwtDecoder.withJwkSource(keys.publicKeySource()).build();
        own.setJwtValidator(new DelegatingOAuth2TokenValidator<>(
                IssuerJwtDecoder.validator(properties.issuer(), issuers.audience(), issuers, clock),
                new PortalAccountTokens(accounts, properties.issuer())));
        issuers.issuers().values().stream().filter(issuer -> !properties.issuer().equals(issuer.issuer()))
                .forEach(issuer -> log.info("Accepting the tokens of issuer '{}' too, with the key set at {}",
                        issuer.issuer(), issuer.jwkSetUri()));
        // other issuers' tokens come from other processes: judged by the real time, whatever clock this service keeps
        return IssuerJwtDecoder.of(issuers, Map.of(properties.issuer(), own), Clock.systemUTC());
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }
}
