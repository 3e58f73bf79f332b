package org.onestop.portal.inquiry;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.onestop.portal.inquiry.InquiryRepository.Message;
import org.onestop.portal.inquiry.domain.Inquiry;

/**
 * A thread as the asker and the department see it. The asker appears by kind only; lists leave
 * the messages out ({@code null}).
 */
record InquiryView(String id, String kind, String status, String itemCode, String itemName, String departmentCode,
                   String regionCode, String subject, String askerType, String channel, LocalDate replyDueOn,
                   boolean overdue, int replies, Instant openedAt, Instant closedAt, String closeNote,
                   List<Message> messages) {

    static InquiryView of(Inquiry q, List<Message> messages, LocalDate today) {
        return new InquiryView(q.id().toString(), q.kind().name(), q.status().name(), q.itemCode(), q.itemName(),
                q.departmentCode(), q.regionCode(), q.subject(), q.askerType(), q.channel(), q.replyDueOn(),
                q.overdue(today), q.replies(), q.openedAt(), q.closedAt(), q.closeNote(), messages);
    }

    static InquiryView of(Inquiries.Thread thread, LocalDate today) {
        return of(thread.inquiry(), thread.messages(), today);
    }
}
