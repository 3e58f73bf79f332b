package org.onestop.contracts.portal;

import java.time.Instant;

/**
 * The department replied to a thread. Names the asker's account so that the notifications inbox
 * and SMS or WeChat adapters can tell them.
 *
 * @param onTime whether the reply came by the reply deadline then running
 */
public record InquiryReplied(
        String inquiryId,
        String kind,
        String text,
        String repliedBy,
        String askerId,
        boolean onTime,
        String regionCode,
        String departmentCode,
        String channel,
        Instant repliedAt) implements InquiryEvent {

    public static final String TYPE = "portal.inquiry.replied.v1";

    @Override
    public String eventType() {
        return TYPE;
    }
}
