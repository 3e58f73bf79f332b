package org.onestop.portal.inquiry.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.onestop.contracts.portal.InquiryClosed;
import org.onestop.contracts.portal.InquiryFollowedUp;
import org.onestop.contracts.portal.InquiryOpened;
import org.onestop.contracts.portal.InquiryReplied;
import org.onestop.platform.rules.StateConflict;

/**
 * A consultation or complaint thread between an asker and the department it is addressed to.
 * Each question (the first one and every follow-up after a reply) gives the department a reply
 * deadline (a follow-up while a reply is owed keeps the running one); the
 * department may reply several times and closes the thread, after which nothing can be added.
 */
public record Inquiry(
        UUID id,
        InquiryKind kind,
        InquiryStatus status,
        String askerId,
        String askerType,
        String itemCode,
        String itemName,
        String departmentCode,
        String regionCode,
        String subject,
        String channel,
        LocalDate replyDueOn,
        int replies,
        Instant openedAt,
        Instant closedAt,
        String closedBy,
        String closeNote) {

    /** A new thread and its opening event. */
    public static Opened open(InquiryKind kind, String askerId, String askerType, String itemCode, String itemName,
                              String departmentCode, String regionCode, String subject, String text, String channel,
                              ReplyDeadlines deadlines, Instant at) {
        var inquiry = new Inquiry(UUID.randomUUID(), kind, InquiryStatus.AWAITING_REPLY, askerId, askerType, itemCode,
                itemName, departmentCode, regionCode, subject, channel, deadlines.dueOn(kind, at), 0, at, null, null,
                null);
        return new Opened(inquiry, new InquiryOpened(inquiry.id.toString(), kind.name(), itemCode, subject, text,
                askerId, askerType, inquiry.replyDueOn, regionCode, departmentCode, channel, at));
    }

    /** Whether the department owes a reply past its deadline on {@code today}. */
    public boolean overdue(LocalDate today) {
        return status == InquiryStatus.AWAITING_REPLY && today.isAfter(replyDueOn);
    }

    public Changed followUp(String text, String channel, ReplyDeadlines deadlines, Instant at) {
        requireOpen("follow up");
        // a reply still owed keeps its deadline: following up must not buy the department time
        LocalDate due = status == InquiryStatus.AWAITING_REPLY ? replyDueOn : deadlines.dueOn(kind, at);
        var next = with(InquiryStatus.AWAITING_REPLY, due, replies, null, null, null);
        return new Changed(next, new InquiryFollowedUp(id.toString(), kind.name(), text, askerId, next.replyDueOn,
                regionCode, departmentCode, channel, at));
    }

    public Changed reply(String text, String repliedBy, String channel, Instant at) {
        requireOpen("reply to");
        boolean onTime = status != InquiryStatus.AWAITING_REPLY || !ReplyDeadlines.today(at).isAfter(replyDueOn);
        var next = with(InquiryStatus.REPLIED, replyDueOn, replies + 1, null, null, null);
        return new Changed(next, new InquiryReplied(id.toString(), kind.name(), text, repliedBy, askerId, onTime,
                regionCode, departmentCode, channel, at));
    }

    public Changed close(String note, String closedBy, String channel, Instant at) {
        requireOpen("close");
        var next = with(InquiryStatus.CLOSED, replyDueOn, replies, at, closedBy, note);
        return new Changed(next, new InquiryClosed(id.toString(), kind.name(), note, closedBy, askerId, replies,
                regionCode, departmentCode, channel, at));
    }

    private void requireOpen(String action) {
        if (status == InquiryStatus.CLOSED) {
            throw new StateConflict("The thread is closed; nobody can " + action + " it any more",
                    Map.of("inquiryStatus", status.name()));
        }
    }

    private Inquiry with(InquiryStatus newStatus, LocalDate dueOn, int replyCount, Instant closed, String by,
                         String note) {
        return new Inquiry(id, kind, newStatus, askerId, askerType, itemCode, itemName, departmentCode, regionCode,
                subject, channel, dueOn, replyCount, openedAt, closed, by, note);
    }

    /** A thread just opened, and the event that routes it to the department. */
    public record Opened(Inquiry inquiry, InquiryOpened event) {
    }

    /** A thread after a step, and the event that tells of it. */
    public record Changed(Inquiry inquiry, org.onestop.contracts.portal.InquiryEvent event) {
    }
}
