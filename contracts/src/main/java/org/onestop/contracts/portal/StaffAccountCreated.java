package org.onestop.contracts.portal;

import java.time.Instant;
import java.util.List;

/** An administrator created a staff account for a department, with its roles (STAFF plus the working roles). */
public record StaffAccountCreated(
        String accountId,
        String username,
        String displayName,
        List<String> roles,
        String createdBy,
        String regionCode,
        String departmentCode,
        String channel,
        Instant createdAt) implements AccountEvent {

    public static final String TYPE = "portal.account.staff-created.v1";

    public StaffAccountCreated {
        roles = roles == null ? List.of() : List.copyOf(roles);
    }

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
