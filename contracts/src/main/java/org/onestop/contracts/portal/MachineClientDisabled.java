package org.onestop.contracts.portal;

import java.time.Instant;

/** An administrator disabled a machine client: it obtains no more tokens (those issued run out). */
public record MachineClientDisabled(
        String clientId,
        String name,
        String disabledBy,
        String regionCode,
        String departmentCode,
        String channel,
        Instant disabledAt) implements AccountEvent {

    public static final String TYPE = "portal.account.machine-client-disabled.v1";

    @Override
    public String eventType() {
        return TYPE;
    }

    @Override
    public String aggregateId() {
        return clientId;
    }

    @Override
    public String subject() {
        return clientId;
    }
}
