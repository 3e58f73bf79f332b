package org.onestop.portal.identity;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param issuer              the {@code iss} of the tokens the portal signs
 * @param accessTokenLifetime how long an access token is good for
 * @param demoAccounts        whether to seed the demo accounts at start-up
 */
@ConfigurationProperties("onestop.identity")
record IdentityProperties(String issuer, Duration accessTokenLifetime, boolean demoAccounts) {
}
