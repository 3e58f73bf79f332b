package org.onestop.contracts.portal;

import java.time.Instant;

/** An administrator gave a machine client a new secret; the old one no longer obtains tokens. */
public record MachineClientSecretRotated(
        String clientId,
        String rotatedBy,
        String regionCode,
        String departmentCode,
        String channel,
        Instant rotatedAt) implements AccountEvent {

    public static final String TYPE = "portal.account.machine-client-secret-rotated.v1";

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
