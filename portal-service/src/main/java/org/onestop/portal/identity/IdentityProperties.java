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
 * @param clientLimits         attempts allowed per client address, per account and per machine client, shared by
 *                             every replica (counted in PostgreSQL)
 * @param signingKeys          how the token signing keys rotate
 */
@ConfigurationProperties("onestop.identity")
record IdentityProperties(String issuer, Duration accessTokenLifetime, Duration refreshTokenLifetime,
                          boolean demoAccounts, LockOut lockOut, String encryptionKey, String lookupKey,
                          BootstrapAdmin bootstrapAdmin, ClientLimits clientLimits,
                          SigningKeyRotation signingKeys) {

    IdentityProperties {
        accessTokenLifetime = accessTokenLifetime == null ? Duration.ofMinutes(10) : accessTokenLifetime;
        refreshTokenLifetime = refreshTokenLifetime == null ? Duration.ofDays(7) : refreshTokenLifetime;
        lockOut = lockOut == null ? new LockOut(0, null) : lockOut;
        bootstrapAdmin = bootstrapAdmin == null ? new BootstrapAdmin(null, null, null) : bootstrapAdmin;
        clientLimits = clientLimits == null ? new ClientLimits(0, null, 0, null, 0, null, 0) : clientLimits;
        signingKeys = signingKeys == null ? new SigningKeyRotation(null, null) : signingKeys;
    }

    /**
     * @param activationDelay how long a new key is published before it signs, so that every replica and every cached
     *                        key set knows it first (default 60 s; the services fetch a key set again when a token names
     *                        an unknown key, at most every 30 s)
     * @param rotateAfter     age at which the housekeeping makes a new key by itself (default 90 days)
     */
    record SigningKeyRotation(Duration activationDelay, Duration rotateAfter) {

        SigningKeyRotation {
            activationDelay = activationDelay == null ? Duration.ofSeconds(60) : activationDelay;
            rotateAfter = rotateAfter == null ? Duration.ofDays(90) : rotateAfter;
        }
    }

    /**
     * Limits that hold whichever usernames a client tries (the lock-out holds per username): over one, 429 with
     * Retry-After. Addresses are the client's as the gateway saw it. Defaults leave room for a service hall whose
     * terminals share one public address.
     *
     * @param failuresPerClient           wrong passwords (sign-in and password change) and wrong client secrets
     *                                    from one address within {@code failureWindow} before it is refused (20)
     * @param failureWindow               default 15 minutes
     * @param registrationsPerClient      registrations (taken or refused) from one address within
     *                                    {@code registrationWindow} (30)
     * @param registrationWindow          default 1 hour
     * @param passwordChangesPerAccount   password changes one account may try within {@code passwordChangeWindow} (10)
     * @param passwordChangeWindow        default 1 hour
     * @param failuresPerMachineClient    wrong secrets for one machine client id within {@code failureWindow} (10)
     */
    record ClientLimits(int failuresPerClient, Duration failureWindow, int registrationsPerClient,
                        Duration registrationWindow, int passwordChangesPerAccount, Duration passwordChangeWindow,
                        int failuresPerMachineClient) {

        ClientLimits {
            failuresPerClient = failuresPerClient < 1 ? 20 : failuresPerClient;
            failureWindow = failureWindow == null ? Duration.ofMinutes(15) : failureWindow;
            registrationsPerClient = registrationsPerClient < 1 ? 30 : registrationsPerClient;
            registrationWindow = registrationWindow == null ? Duration.ofHours(1) : registrationWindow;
            passwordChangesPerAccount = passwordChangesPerAccount < 1 ? 10 : passwordChangesPerAccount;
            passwordChangeWindow = passwordChangeWindow == null ? Duration.ofHours(1) : passwordChangeWindow;
            failuresPerMachineClient = failuresPerMachineClient < 1 ? 10 : failuresPerMachineClient;
        }
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
