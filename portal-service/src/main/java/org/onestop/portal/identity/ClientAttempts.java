package org.onestop.portal.identity;

import java.util.UUID;
import org.onestop.portal.identity.IdentityProperties.ClientLimits;
import org.onestop.portal.ratelimit.AttemptLimits;
import org.springframework.stereotype.Component;

/**
 * The identity endpoints' limits per client address, per account and per machine client ({@link ClientLimits}),
 * counted by {@link AttemptLimits} so that they hold across every replica. Wrong credentials are counted after
 * they fail and checked before the next try, so a client that signs in rightly is never slowed; registrations
 * and password changes count every try.
 */
@Component
class ClientAttempts {

    static final String CREDENTIAL_FAILURES = "credential-failures-client";
    static final String MACHINE_CLIENT_FAILURES = "credential-failures-machine-client";
    static final String REGISTRATIONS = "registrations-client";
    static final String PASSWORD_CHANGES = "password-changes-account";

    private static final String TOO_MANY_FAILURES = "Too many failed sign-ins from this address; try again later";

    private final AttemptLimits attempts;
    private final ClientLimits limits;

    ClientAttempts(AttemptLimits attempts, IdentityProperties properties) {
        this.attempts = attempts;
        this.limits = properties.clientLimits();
    }

    /** 429 when the client address has used up its wrong passwords and secrets for now. */
    void beforeCredentials(String client) {
        attempts.refuseWhenSpent(CREDENTIAL_FAILURES, client, limits.failuresPerClient(), TOO_MANY_FAILURES);
    }

    void credentialsFailed(String client) {
        attempts.record(CREDENTIAL_FAILURES, client, limits.failureWindow());
    }

    /** 429 when the address or the machine client id has used up its wrong secrets for now. */
    void beforeClientSecret(String client, String clientId) {
        beforeCredentials(client);
        attempts.refuseWhenSpent(MACHINE_CLIENT_FAILURES, clientId, limits.failuresPerMachineClient(),
                "Too many failed token requests for this client; try again later");
    }

    void clientSecretFailed(String client, String clientId) {
        credentialsFailed(client);
        attempts.record(MACHINE_CLIENT_FAILURES, clientId, limits.failureWindow());
    }

    void registration(String client) {
        attempts.count(REGISTRATIONS, client, limits.registrationsPerClient(), limits.registrationWindow(),
                "Too many registrations from this address; try again later");
    }

    void passwordChange(UUID accountId) {
        attempts.count(PASSWORD_CHANGES, accountId.toString(), limits.passwordChangesPerAccount(),
                limits.passwordChangeWindow(), "Too many password changes for this account; try again later");
    }
}
