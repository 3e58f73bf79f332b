package org.onestop.contracts.portal;

import java.time.Instant;
import java.time.LocalDate;

/** The asker added to an open thread; the department owes a reply again by {@code replyDueOn}. */
public record InquiryFollowedUp(
        String inquiryId,
        String kind,
        String text,
        String askerId,
        LocalDate replyDueOn,
        String regionCode,
        String departmentCode,
        String channel,
        Instant postedAt) implements InquiryEvent {

    public static final String TYPE = "portal.inquiry.followed-up.v1";

    @Override
    public String eventType() {
        return TYPE;
    }
}
