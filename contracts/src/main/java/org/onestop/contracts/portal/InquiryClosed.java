package org.onestop.contracts.portal;

import java.time.Instant;

/** The department closed a thread; nothing more can be added to it. */
public record InquiryClosed(
        String inquiryId,
        String kind,
        String note,
        String closedBy,
        String askerId,
        int replies,
        String regionCode,
        String departmentCode,
        String channel,
        Instant closedAt) implements InquiryEvent {

    public static final String TYPE = "portal.inquiry.closed.v1";

    @Override
    public String eventType() {
        return TYPE;
    }
}
