package org.onestop.contracts.portal;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A citizen or legal person opened a thread for a department.
 *
 * @param kind       {@code CONSULTATION} or {@code COMPLAINT}
 * @param itemCode   the service item it is about, or null when it is about the department as a whole
 * @param replyDueOn the last day (China Standard Time) for the department's reply
 */
public record InquiryOpened(
        String inquiryId,
        String kind,
        String itemCode,
        String subjectLine,
        String text,
        String askerId,
        String askerType,
        LocalDate replyDueOn,
        String regionCode,
        String departmentCode,
        String channel,
        Instant openedAt) implements InquiryEvent {

    public static final String TYPE = "portal.inquiry.opened.v1";

    @Override
    public String eventType() {
        return TYPE;
    }
}
