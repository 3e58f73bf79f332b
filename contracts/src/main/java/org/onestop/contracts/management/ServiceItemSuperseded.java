package org.onestop.contracts.management;

import java.time.Instant;

/**
 * A published version was replaced by a newer version of the same item code. Cases submitted
 * under it keep it; new applications use the newer one.
 */
public record ServiceItemSuperseded(
        String itemId,
        String code,
        int version,
        String supersededByItemId,
        int supersededByVersion,
        String regionCode,
        String departmentCode,
        String channel,
        Instant supersededAt) implements ServiceItemEvent {

    public static final String TYPE = "management.service-item.superseded.v1";

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
