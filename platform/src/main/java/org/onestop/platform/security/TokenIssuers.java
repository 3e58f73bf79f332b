package org.onestop.platform.security;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code onestop.security.tokens}: whose bearer tokens a service accepts. Each issuer has its own key set, so a key
 * of one never vouches for a token naming another; every token must name an accepted issuer ({@code iss}), carry
 * the audience ({@code aud}) and an expiry, and is judged with at most {@code clockSkew} of leeway.
 *
 * @param audience  the {@code aud} every token must contain unless its issuer sets its own (default {@code onestop})
 * @param clockSkew leeway for {@code exp} and {@code nbf} (default 30 s, at most 30 s)
 * @param issuers   by a name of the operator's choice ({@code portal}, {@code idp}, ...)
 */
@ConfigurationProperties("onestop.security.tokens")
public record TokenIssuers(String audience, Duration clockSkew, Map<String, Issuer> issuers) {

    static final Duration MAX_CLOCK_SKEW = Duration.ofSeconds(30);

    public TokenIssuers {
        audience = audience == null || audience.isBlank() ? "onestop" : audience.strip();
        clockSkew = clockSkew == null ? MAX_CLOCK_SKEW : clockSkew;
        if (clockSkew.isNegative() || clockSkew.compareTo(MAX_CLOCK_SKEW) > 0) {
            throw new IllegalArgumentException("onestop.security.tokens.clock-skew must be between 0 and 30s, not "
                    + clockSkew);
        }
        issuers = issuers == null ? Map.of() : Map.copyOf(new LinkedHashMap<>(issuers));
    }

    /** The audience tokens of {@code issuer} must carry: its own when set, else the common one. */
    public String audienceOf(Issuer issuer) {
        return issuer.audience() == null || issuer.audience().isBlank() ? audience : issuer.audience().strip();
    }

    /**
     * @param issuer    the exact {@code iss} of its tokens
     * @param jwkSetUri where its public keys are (fetched on the first token, again when a token names a new key)
     * @param audience  the {@code aud} its tokens carry, when not the common one
     */
    public record Issuer(String issuer, String jwkSetUri, String audience) {
    }
}
