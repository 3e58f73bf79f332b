package org.onestop.contracts.management;

import java.time.Instant;

/** A published version was withdrawn (停止实施): nobody can apply under it any more. */
public record ServiceItemWithdrawn(
        String itemId,
        String code,
        int version,
        String reason,
        String regionCode,
        String departmentCode,
        String channel,
        Instant withdrawnAt) implements ServiceItemEvent {

    public static final String TYPE = "management.service-item.withdrawn.v1";

    @Override
    public String eventType() {
        return TYPE;
    }

    @Override
    public String aggregateId() {
        return itemId;
    }

    @Override
    public String subject() {
        return code;
    }
}
