package org.onestop.portal.identity;

import java.time.Duration;
import org.onestop.portal.identity.domain.SignInAttempts;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param issuer               the {@code iss} of the tokens the portal signs
 * @param accessTokenLifetime  how long an access token is good for (default 10 minutes: refresh tokens keep
 *                             sessions going, and other services accept a disabled account's token until then)
 * @param refreshTokenLifetime how long a refresh token is good for (each use hands out a new one)
 * @param demoAccounts         whether to seed the demo accounts at start-up
 * @param lockOut              failed sign-ins in a row that lock a username, and for how long
 * @param encryptionKey        base64 AES key (16, 24 or 32 bytes) that encrypts identity numbers
 * @param lookupKey            base64 HMAC-SHA256 key (at least 32 bytes) of the identity-number lookup hash
 * @param bootstrapAdmin       the first administrator, created once when no administrator exists
 */
@ConfigurationProperties("onestop.identity")
record IdentityProperties(String issuer, Duration accessTokenLifetime, Duration refreshTokenLifetime,
                          boolean demoAccounts, LockOut lockOut, String encryptionKey, String lookupKey,
                          BootstrapAdmin bootstrapAdmin) {

    IdentityProperties {
        accessTokenLifetime = accessTokenLifetime == null ? Duration.ofMinutes(10) : accessTokenLifetime;
        refreshTokenLifetime = refreshTokenLifetime == null ? Duration.ofDays(7) : refreshTokenLifetime;
        lockOut = lockOut == null ? new LockOut(0, null) : lockOut;
        bootstrapAdmin = bootstrapAdmin == null ? new BootstrapAdmin(null, null, null) : bootstrapAdmin;
    }

    /**
     * @param maxFailures consecutive failures that lock a username (default 5)
     * @param duration    how long the lock lasts (default 15 minutes)
     */
    record LockOut(int maxFailures, Duration duration) {

        LockOut {
            maxFailures = maxFailures < 1 ? 5 : maxFailures;
            duration = duration == null ? Duration.ofMinutes(15) : duration;
        }

        SignInAttempts.Policy policy() {
            return new SignInAttempts.Policy(maxFailures, duration);
        }
    }

    /**
     * @param username    of the first administrator (default {@code admin})
     * @param password    its initial password; nothing is created while unset
     * @param displayName its display name
     */
    record BootstrapAdmin(String username, String password, String displayName) {

        BootstrapAdmin {
            username = username == null || username.isBlank() ? "admin" : username;
            displayName = displayName == null || displayName.isBlank() ? "平台管理员" : displayName;
        }

        boolean requested() {
            return password != null && !password.isBlank();
        }
    }
}
