package org.onestop.portal.inquiry.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.onestop.contracts.portal.InquiryReplied;
import org.onestop.platform.rules.StateConflict;
import org.onestop.portal.calendar.domain.PublishedSchedule2026;

class InquiryTest {

    private static final ReplyDeadlines DEADLINES = new ReplyDeadlines(5, 10);
    // 2026-11-27 01:00 in China Standard Time
    private static final Instant FRIDAY = Instant.parse("2026-11-26T17:00:00Z");

    private static Inquiry opened(InquiryKind kind) {
        return Inquiry.open(kind, "u-1", "NATURAL_PERSON", null, null, "330100-AMR", "330100", "subject", "text",
                "web", DEADLINES, FRIDAY).inquiry();
    }

    @Test
    void aConsultationIsDueFiveWorkingDaysAfterItsDayInChinaAndAComplaintTen() {
        assertThat(opened(InquiryKind.CONSULTATION).replyDueOn()).isEqualTo(LocalDate.of(2026, 12, 4));
        assertThat(opened(InquiryKind.COMPLAINT).replyDueOn()).isEqualTo(LocalDate.of(2026, 12, 11));
    }

    @Test
    void aQuestionBeforeNationalDayIsDueInThePublishedWorkingDays() {
        // Wed 30 September: 1 to 7 October off, then Thu 8, Fri 9, Sat 10 (make-up), Mon 12, Tue 13
        var inquiry = Inquiry.open(InquiryKind.CONSULTATION, "u-1", "NATURAL_PERSON", null, null, "330100-AMR", "330100",
                "subject", "text", "web", DEADLINES.in(PublishedSchedule2026.calendar()),
                Instant.parse("2026-09-30T02:00:00Z")).inquiry();

        assertThat(inquiry.replyDueOn()).isEqualTo(LocalDate.of(2026, 10, 13));
    }

    @Test
    void itIsOverdueOnlyAfterTheDueDayAndOnlyWhileAReplyIsOwed() {
        var inquiry = opened(InquiryKind.CONSULTATION);
        assertThat(inquiry.overdue(LocalDate.of(2026, 12, 4))).isFalse();
        assertThat(inquiry.overdue(LocalDate.of(2026, 12, 5))).isTrue();

        var replied = inquiry.reply("answer", "clerk", "web", FRIDAY).inquiry();
        assertThat(replied.status()).isEqualTo(InquiryStatus.REPLIED);
        assertThat(replied.overdue(LocalDate.of(2026, 12, 30))).isFalse();
    }

    @Test
    void aFollowUpOwesANewReplyWithAFreshDeadline() {
        var replied = opened(InquiryKind.COMPLAINT).reply("answer", "clerk", "web", FRIDAY).inquiry();
        var followedUp = replied.followUp("more", "app", DEADLINES, Instant.parse("2026-12-01T02:00:00Z")).inquiry();

        assertThat(followedUp.status()).isEqualTo(InquiryStatus.AWAITING_REPLY);
        assertThat(followedUp.replyDueOn()).as("Tue 1 December + 10 working days").isEqualTo(LocalDate.of(2026, 12, 15));
    }

    @Test
    void aFollowUpWhileAReplyIsOwedKeepsTheRunningDeadline() {
        var followedUp = opened(InquiryKind.CONSULTATION)
                .followUp("still waiting", "web", DEADLINES, Instant.parse("2026-12-01T02:00:00Z")).inquiry();

        assertThat(followedUp.replyDueOn()).isEqualTo(LocalDate.of(2026, 12, 4));
    }

    @Test
    void aLateReplyIsMarkedAsNotOnTimeAndRepliesAreCounted() {
        var inquiry = opened(InquiryKind.CONSULTATION);
        var late = inquiry.reply("sorry", "clerk", "web", Instant.parse("2026-12-07T02:00:00Z"));
        var again = late.inquiry().reply("more", "clerk", "web", Instant.parse("2026-12-08T02:00:00Z"));

        assertThat(((InquiryReplied) late.event()).onTime()).isFalse();
        assertThat(((InquiryReplied) again.event()).onTime()).isTrue();
        assertThat(again.inquiry().replies()).isEqualTo(2);
    }

    @Test
    void nothingCanBeAddedToAClosedThread() {
        var closed = opened(InquiryKind.CONSULTATION).close("done", "clerk", "web", FRIDAY).inquiry();

        assertThatThrownBy(() -> closed.reply("x", "clerk", "web", FRIDAY)).isInstanceOf(StateConflict.class);
        assertThatThrownBy(() -> closed.followUp("x", "web", DEADLINES, FRIDAY)).isInstanceOf(StateConflict.class);
        assertThatThrownBy(() -> closed.close("x", "clerk", "web", FRIDAY)).isInstanceOf(StateConflict.class);
    }
}
