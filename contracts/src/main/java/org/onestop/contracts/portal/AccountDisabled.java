package org.onestop.contracts.portal;

import java.time.Instant;

/**
 * An administrator disabled an account: it can no longer sign in and its refresh tokens are revoked.
 *
 * @param accountType    {@code NATURAL_PERSON}, {@code LEGAL_PERSON}, {@code STAFF} or {@code ADMINISTRATOR}
 * @param regionCode     the staff member's region; for others the region of their identifier, or null
 * @param departmentCode the staff member's department; null for others
 */
public record AccountDisabled(
        String accountId,
        String username,
        String accountType,
        String disabledBy,
        String regionCode,
        String departmentCode,
        String channel,
        Instant disabledAt) implements AccountEvent {

    public static final String TYPE = "portal.account.disabled.v1";

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
