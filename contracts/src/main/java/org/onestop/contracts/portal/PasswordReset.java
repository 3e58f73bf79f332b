package org.onestop.contracts.portal;

import java.time.Instant;

/**
 * An administrator reset an account's password: its refresh tokens are revoked, a lock-out is
 * cleared and the account must choose a new password at its next sign-in. Never the password.
 *
 * @param accountType {@code NATURAL_PERSON}, {@code LEGAL_PERSON}, {@code STAFF} or {@code ADMINISTRATOR}
 * @param generated   whether the portal generated a temporary password (else the administrator chose it)
 * @param regionCode     the staff member's region; null for others
 * @param departmentCode the staff member's department; null for others
 */
public record PasswordReset(
        String accountId,
        String username,
        String accountType,
        String resetBy,
        boolean generated,
        String regionCode,
        String departmentCode,
        String channel,
        Instant resetAt) implements AccountEvent {

    public static final String TYPE = "portal.account.password-reset.v1";

    @Override
    public String eventType() {
        return TYPE;
    }

    @Override
    public String aggregateId() {
        return accountId;
    }

    @Override
    public String subject() {
        return username;
    }
}
