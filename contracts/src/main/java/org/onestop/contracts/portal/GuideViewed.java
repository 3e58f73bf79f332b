package org.onestop.contracts.portal;

import java.time.Instant;

/**
 * Somebody opened the guide page (办事指南) of a published item version. Keyed and looked up by
 * the item code.
 */
public record GuideViewed(
        String itemCode,
        int itemVersion,
        String itemType,
        String onlineDepth,
        String regionCode,
        String departmentCode,
        String channel,
        Instant viewedAt) implements BehaviourEvent {

    public static final String TYPE = "portal.behaviour.guide-viewed.v1";

    @Override
    public String eventType() {
        return TYPE;
    }

    @Override
    public String aggregateId() {
        return itemCode;
    }

    @Override
    public String subject() {
        return itemCode;
    }
}
