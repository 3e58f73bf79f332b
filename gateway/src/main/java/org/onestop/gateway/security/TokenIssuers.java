package org.onestop.gateway.security;

import java.time.Duration;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code onestop.security.tokens}, as every service reads it (the platform's TokenIssuers): the accepted issuers,
 * each with its key set, the audience and the clock skew (at most 30 s).
 */
@ConfigurationProperties("onestop.security.tokens")
record TokenIssuers(String audience, Duration clockSkew, Map<String, Issuer> issuers) {

    TokenIssuers {
        audience = audience == null || audience.isBlank() ? "onestop" : audience.strip();
        clockSkew = clockSkew == null ? Duration.ofSeconds(30) : clockSkew;
        if (clockSkew.isNegative() || clockSkew.compareTo(Duration.ofSeconds(30)) > 0) {
            throw new IllegalArgumentException("onestop.security.tokens.clock-skew must be between 0 and 30s");
        }
        issuers = issuers == null ? Map.of() : Map.copyOf(issuers);
    }

    record Issuer(String issuer, String jwkSetUri, String audience) {

        boolean unset() {
            return (issuer == null || issuer.isBlank()) && (jwkSetUri == null || jwkSetUri.isBlank());
        }
    }
}
