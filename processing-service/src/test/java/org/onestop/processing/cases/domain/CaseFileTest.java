package org.onestop.processing.cases.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.onestop.contracts.portal.ApplicationSubmitted;
import org.onestop.platform.rules.RuleViolation;
import org.onestop.platform.rules.StateConflict;
import org.onestop.processing.calendar.domain.NationalSchedule2026;
import org.onestop.processing.calendar.domain.WorkingDayCalendar;
import org.onestop.processing.cases.domain.Handling.DeliveryMethod;
import org.onestop.processing.cases.domain.Handling.Outcome;

/** Every transition of docs/design.md §3.2, the refusals, and how each moves the working-day clock. */
class CaseFileTest {

    private static final WorkingDayCalendar CALENDAR = NationalSchedule2026.calendar();
    private final Instant received = on("2026-09-14");
    private final ApplicationSubmitted submitted = new ApplicationSubmitted("app-1", "TN-1", "I-1", 2, "item", "citizen-1",
            "张三", "NATURAL_PERSON", Map.of(), "330100", "D-1", "wechat", received, List.of());

    /** Ten o'clock in the morning, China Standard Time, on the given day, through the hall. */
    private static Moment at(String day) {
        return new Moment(on(day), "hall", CALENDAR);
    }

    private static Instant on(String day) {
        return LocalDate.parse(day).atTime(LocalTime.of(10, 0)).atZone(Moment.ZONE).toInstant();
    }

    private CaseFile opened() {
        return CaseFile.receive(submitted, Deadline.notStarted(10, 0.8, false), List.of(), received).file();
    }

    private CaseFile accepted() {
        return opened().accept("clerk", "齐全", at("2026-09-14")).file();
    }

    private CaseFile awaitingDecision() {
        return accepted().review("reviewer", "符合条件", at("2026-09-15")).file();
    }

    private CaseFile concluded() {
        return awaitingDecision().conclude("approver", Outcome.APPROVED, null, at("2026-09-16")).file();
    }

    private static void assertRefused(Runnable action, String state) {
        assertThatThrownBy(action::run)
                .isInstanceOf(StateConflict.class)
                .satisfies(e -> assertThat(((StateConflict) e).properties()).containsEntry("state", state)
                        .containsKey("allowedActions"));
    }

    @Test
    void anItemsReviewStepsAreEachCompletedByOneReviewBeforeTheDecision() {
        CaseFile file = CaseFile.receive(submitted, Deadline.notStarted(10, 0.8, false),
                List.of("材料审查", "现场核查"), received).file().accept("clerk", null, at("2026-09-14")).file();
        assertThat(file.steps()).containsExactly("材料审查", "现场核查", "decision");
        assertThat(file.currentStep()).isEqualTo("材料审查");

        file = file.review("reviewer", "ok", at("2026-09-15")).file();
        assertThat(file.currentStep()).isEqualTo("现场核查");
        assertThat(file.allowedActionNames()).contains("review").doesNotContain("conclude");
        CaseFile inSecondStep = file;
        assertRefused(() -> inSecondStep.conclude("approver", Outcome.APPROVED, null, at("2026-09-15")), "UNDER_REVIEW");

        file = file.review("reviewer", "ok", at("2026-09-16")).file();
        assertThat(file.currentStep()).isEqualTo("decision");
        assertThat(file.allowedActionNames()).contains("conclude").doesNotContain("review");
    }

    @Test
    void repeatedOrReservedStepNamesAreNumberedSoThatEachStepIsOne() {
        CaseFile file = CaseFile.receive(submitted, Deadline.notStarted(10, 0.8, false),
                List.of("审查", "审查", "decision", " "), received).file();
        assertThat(file.steps()).containsExactly("审查", "审查 (2)", "decision (2)", "review", "decision");
    }

    @Test
    void anItemWithoutReviewStepsHasOneReview() {
        assertThat(opened().steps()).containsExactly("review", "decision");
    }

    @Test
    void aReceivedCaseKeepsTheItemVersionAndLimitItWasSubmittedUnder() {
        CaseFile.Received receipt = CaseFile.receive(submitted, Deadline.notStarted(10, 0.8, false), List.of(), received);

        assertThat(receipt.file().state()).isEqualTo(CaseState.SUBMITTED);
        assertThat(receipt.file().itemVersion()).isEqualTo(2);
        assertThat(receipt.file().deadline().limitDays()).isEqualTo(10);
        assertThat(receipt.file().deadline().warningDays()).isEqualTo(8);
        assertThat(receipt.file().allowedActionNames()).containsExactly("accept", "not-accept", "withdraw");
        assertThat(receipt.event().caseId()).isEqualTo(receipt.file().id().toString());
        assertThat(receipt.event().channel()).isEqualTo("wechat");
        assertThat(receipt.file().deadline().read(LocalDate.parse("2026-09-20"), CALENDAR).status()).isEqualTo("NOT_STARTED");
    }

    @Test
    void acceptingStartsTheClockAtTheItemsPromisedLimit() {
        var accepted = opened().accept("clerk", "齐全", at("2026-09-14"));

        assertThat(accepted.file().state()).isEqualTo(CaseState.ACCEPTED);
        assertThat(accepted.file().acceptedAt()).isEqualTo(on("2026-09-14"));
        assertThat(accepted.event().acceptedBy()).isEqualTo("clerk");
        assertThat(accepted.event().channel()).isEqualTo("hall");
        // Mon 14 + 10 working days: 15-18, Sun 20 (make-up), 21-24, 25-27 Mid-Autumn, Mon 28.
        assertThat(accepted.file().deadline().dueOn()).isEqualTo(LocalDate.parse("2026-09-28"));
        // The warning at 80 %: the 8th working day, Wednesday 23rd.
        assertThat(accepted.file().deadline().warnOn()).isEqualTo(LocalDate.parse("2026-09-23"));
        assertThat(accepted.file().allowedActionNames()).containsExactly("review", "request-correction", "withdraw");
    }

    @Test
    void anAcceptedCaseCannotBeAcceptedAgain() {
        assertRefused(() -> accepted().accept("clerk", null, at("2026-09-14")), "ACCEPTED");
    }

    @Test
    void notAcceptingNeedsAReasonAndClosesTheCase() {
        assertThatThrownBy(() -> opened().notAccept("clerk", " ", at("2026-09-14"))).isInstanceOf(RuleViolation.class);

        var refused = opened().notAccept("clerk", "不属于本部门职权范围", at("2026-09-14"));

        assertThat(refused.file().state()).isEqualTo(CaseState.NOT_ACCEPTED);
        assertThat(refused.event().reason()).isEqualTo("不属于本部门职权范围");
        assertThat(refused.file().allowedActions()).isEmpty();
        assertRefused(() -> refused.file().accept("clerk", null, at("2026-09-14")), "NOT_ACCEPTED");
    }

    @Test
    void aCorrectionRequestListsEverythingOnceAndPausesTheClock() {
        var requested = accepted().requestCorrection("clerk", List.of("营业执照副本", " 卫生许可证 ", "营业执照副本"), "请补正",
                at("2026-09-16"));

        assertThat(requested.file().state()).isEqualTo(CaseState.CORRECTION_REQUESTED);
        assertThat(requested.event().missingItems()).containsExactly("营业执照副本", "卫生许可证");
        assertThat(requested.file().handling().missingItems()).containsExactly("营业执照副本", "卫生许可证");
        assertThat(requested.file().deadline().dueOn()).as("no due date while paused").isNull();
        var reading = requested.file().deadline().read(LocalDate.parse("2026-09-30"), CALENDAR);
        assertThat(reading.status()).isEqualTo("PAUSED");
        assertThat(reading.usedWorkingDays()).as("Tue 15 and Wed 16 only").isEqualTo(2);
        assertThat(requested.file().allowedActionNames()).containsExactly("answer-correction", "withdraw");
        assertRefused(() -> requested.file().requestCorrection("clerk", List.of("more"), null, at("2026-09-17")),
                "CORRECTION_REQUESTED");
    }

    @Test
    void aCorrectionRequestWithoutItemsIsRefused() {
        assertThatThrownBy(() -> accepted().requestCorrection("clerk", List.of(), null, at("2026-09-16")))
                .isInstanceOf(RuleViolation.class);
        assertThatThrownBy(() -> accepted().requestCorrection("clerk", List.of("ok", " "), null, at("2026-09-16")))
                .isInstanceOf(RuleViolation.class);
    }

    @Test
    void anAnsweredCorrectionReturnsToWhereTheCaseWasAndMovesTheDueDate() {
        var answered = accepted().requestCorrection("clerk", List.of("身份证明"), null, at("2026-09-16")).file()
                .answerCorrection("citizen-1", "已补充", at("2026-09-18"));

        assertThat(answered.file().state()).isEqualTo(CaseState.ACCEPTED);
        assertThat(answered.event().resumedState()).isEqualTo("ACCEPTED");
        assertThat(answered.file().handling().correctionRounds()).isEqualTo(1);
        // Paused Thu 17 and Fri 18: two working days later than Mon 28 → Wed 30.
        assertThat(answered.file().deadline().pausedDays()).isEqualTo(2);
        assertThat(answered.file().deadline().dueOn()).isEqualTo(LocalDate.parse("2026-09-30"));
        assertThat(answered.file().deadline().read(LocalDate.parse("2026-09-18"), CALENDAR).usedWorkingDays()).isEqualTo(2);
    }

    @Test
    void aCorrectionDuringReviewReturnsToTheSameReviewStep() {
        var back = awaitingDecision().requestCorrection("reviewer", List.of("检验报告"), null, at("2026-09-16")).file()
                .answerCorrection("citizen-1", null, at("2026-09-16")).file();

        assertThat(back.state()).isEqualTo(CaseState.UNDER_REVIEW);
        assertThat(back.currentStep()).isEqualTo("decision");
        assertThat(back.deadline().dueOn()).as("answered the same day: nothing paused").isEqualTo(LocalDate.parse("2026-09-28"));
    }

    @Test
    void reviewingMovesTheCaseToTheDecisionStep() {
        var reviewed = accepted().review("reviewer", "符合条件", at("2026-09-15"));

        assertThat(reviewed.file().state()).isEqualTo(CaseState.UNDER_REVIEW);
        assertThat(reviewed.event().step()).isEqualTo("review");
        assertThat(reviewed.event().nextStep()).isEqualTo("decision");
        assertThat(reviewed.file().currentStep()).isEqualTo("decision");
        assertThat(reviewed.file().allowedActionNames()).containsExactly("conclude", "request-correction", "suspend",
                "withdraw");
        assertRefused(() -> reviewed.file().review("reviewer", "again", at("2026-09-15")), "UNDER_REVIEW");
        assertThatThrownBy(() -> accepted().review("reviewer", null, at("2026-09-15"))).isInstanceOf(RuleViolation.class);
    }

    @Test
    void aSuspensionPausesTheClockUntilResumed() {
        var suspended = awaitingDecision().suspend("reviewer", "组织听证", at("2026-09-17"));

        assertThat(suspended.file().state()).isEqualTo(CaseState.SUSPENDED);
        assertThat(suspended.file().allowedActionNames()).containsExactly("resume", "withdraw");
        assertThatThrownBy(() -> awaitingDecision().suspend("reviewer", "", at("2026-09-17")))
                .isInstanceOf(RuleViolation.class);

        var resumed = suspended.file().resume("reviewer", "听证结束", at("2026-09-29"));

        assertThat(resumed.file().state()).isEqualTo(CaseState.UNDER_REVIEW);
        assertThat(resumed.file().currentStep()).isEqualTo("decision");
        assertThat(resumed.event().resumedState()).isEqualTo("UNDER_REVIEW");
        // Paused 18, 20 (make-up), 21, 22, 23, 24, 28, 29 = 8 working days; 18 after the 14th:
        // 28, 29, 30, Oct 1-7 National Day, 8, 9, Sat 10 (make-up), 12, 13, 14.
        assertThat(resumed.file().deadline().pausedDays()).isEqualTo(8);
        assertThat(resumed.file().deadline().dueOn()).isEqualTo(LocalDate.parse("2026-10-14"));
    }

    @Test
    void onlyACaseUnderReviewCanBeSuspended() {
        assertRefused(() -> accepted().suspend("reviewer", "听证", at("2026-09-15")), "ACCEPTED");
        assertRefused(() -> accepted().resume("reviewer", null, at("2026-09-15")), "ACCEPTED");
    }

    @Test
    void theApproverConcludesAndTheClockStops() {
        var approved = awaitingDecision().conclude("approver", Outcome.APPROVED, null, at("2026-09-16"));

        assertThat(approved.file().state()).isEqualTo(CaseState.CONCLUDED);
        assertThat(approved.event().outcome()).isEqualTo("APPROVED");
        assertThat(approved.event().itemCode()).isEqualTo("I-1");
        assertThat(approved.event().applicantId()).isEqualTo("citizen-1");
        var reading = approved.file().deadline().read(LocalDate.parse("2026-12-01"), CALENDAR);
        assertThat(reading.status()).isEqualTo("STOPPED");
        assertThat(reading.usedWorkingDays()).isEqualTo(2);
        assertThat(reading.overdue()).isFalse();
        assertThat(approved.event().usedWorkingDays()).as("the conclusion reports the clock for the indicators")
                .isEqualTo(2);
        assertThat(approved.event().limitWorkingDays()).isEqualTo(10);
        assertThat(approved.event().onTime()).isTrue();
        assertThat(approved.file().allowedActionNames()).containsExactly("deliver");
    }

    @Test
    void aDenialNeedsReasonsAndADecisionNeedsAnOutcome() {
        assertThatThrownBy(() -> awaitingDecision().conclude("approver", Outcome.DENIED, " ", at("2026-09-16")))
                .isInstanceOf(RuleViolation.class);
        assertThatThrownBy(() -> awaitingDecision().conclude("approver", null, null, at("2026-09-16")))
                .isInstanceOf(RuleViolation.class);

        var denied = awaitingDecision().conclude("approver", Outcome.DENIED, "选址不符合规划", at("2026-09-16"));

        assertThat(denied.file().handling().outcome()).isEqualTo(Outcome.DENIED);
        assertThat(denied.event().reasons()).isEqualTo("选址不符合规划");
    }

    @Test
    void aCaseIsConcludedOnlyAtTheDecisionStep() {
        assertRefused(() -> accepted().conclude("approver", Outcome.APPROVED, null, at("2026-09-15")), "ACCEPTED");
    }

    @Test
    void aConcludedCaseIsDeliveredOnceByTheChosenMethod() {
        assertThatThrownBy(() -> concluded().deliver("clerk", null, null, at("2026-09-17")))
                .isInstanceOf(RuleViolation.class);

        var delivered = concluded().deliver("clerk", DeliveryMethod.POST, "EMS 1234", at("2026-09-17"));

        assertThat(delivered.file().state()).isEqualTo(CaseState.DELIVERED);
        assertThat(delivered.event().method()).isEqualTo("POST");
        assertThat(delivered.file().allowedActions()).isEmpty();
        assertRefused(() -> delivered.file().deliver("clerk", DeliveryMethod.HALL, null, at("2026-09-17")), "DELIVERED");
        assertRefused(() -> accepted().deliver("clerk", DeliveryMethod.HALL, null, at("2026-09-17")), "ACCEPTED");
    }

    @Test
    void theApplicantWithdrawsFromAnyStateBeforeConclusion() {
        List<CaseFile> open = List.of(opened(), accepted(), awaitingDecision(),
                accepted().requestCorrection("clerk", List.of("x"), null, at("2026-09-15")).file(),
                awaitingDecision().suspend("reviewer", "听证", at("2026-09-15")).file());
        for (CaseFile file : open) {
            var withdrawn = file.withdraw("citizen-1", "不再需要", at("2026-09-17"));
            assertThat(withdrawn.file().state()).as("from %s", file.state()).isEqualTo(CaseState.WITHDRAWN);
            assertThat(withdrawn.file().allowedActions()).isEmpty();
        }
        assertRefused(() -> concluded().withdraw("citizen-1", null, at("2026-09-17")), "CONCLUDED");
    }

    @Test
    void aWithdrawalDuringAPauseStopsTheClockWithoutCountingThePause() {
        var withdrawn = accepted().requestCorrection("clerk", List.of("x"), null, at("2026-09-15")).file()
                .withdraw("citizen-1", null, at("2026-09-18")).file();

        var reading = withdrawn.deadline().read(LocalDate.parse("2026-10-30"), CALENDAR);
        assertThat(reading.status()).isEqualTo("STOPPED");
        assertThat(reading.usedWorkingDays()).isEqualTo(1);
    }

    @Test
    void theClockShowsUsedAndRemainingDaysAndGoesOverdueAfterTheDueDate() {
        Deadline deadline = accepted().deadline();

        assertThat(deadline.read(LocalDate.parse("2026-09-14"), CALENDAR).remainingWorkingDays()).isEqualTo(10);
        var onDueDate = deadline.read(LocalDate.parse("2026-09-28"), CALENDAR);
        assertThat(onDueDate.usedWorkingDays()).isEqualTo(10);
        assertThat(onDueDate.overdue()).isFalse();
        var after = deadline.read(LocalDate.parse("2026-09-29"), CALENDAR);
        assertThat(after.remainingWorkingDays()).isEqualTo(-1);
        assertThat(after.overdue()).isTrue();
    }

    @Test
    void anImmediateCaseIsDueOnTheDayOfAcceptanceWithoutAWarning() {
        var immediate = CaseFile.receive(submitted, Deadline.notStarted(0, 0.8, false), List.of(), received).file()
                .accept("clerk", null, at("2026-09-14")).file();

        assertThat(immediate.deadline().dueOn()).isEqualTo(LocalDate.parse("2026-09-14"));
        assertThat(immediate.deadline().warnOn()).isNull();
    }

    @Test
    void assigningKeepsEverythingElse() {
        CaseFile assigned = accepted().assignedTo("reviewer");

        assertThat(assigned.assignee()).isEqualTo("reviewer");
        assertThat(assigned.state()).isEqualTo(CaseState.ACCEPTED);
        assertThat(assigned.deadline()).isEqualTo(accepted().deadline());
    }

    @Test
    void eachActionBelongsToItsRole() {
        assertThat(CaseAction.ACCEPT.allowedTo(List.of("STAFF", "CLERK"))).isTrue();
        assertThat(CaseAction.ACCEPT.allowedTo(List.of("STAFF", "REVIEWER"))).isFalse();
        assertThat(CaseAction.REVIEW.allowedTo(List.of("STAFF", "REVIEWER"))).isTrue();
        assertThat(CaseAction.CONCLUDE.allowedTo(List.of("STAFF", "REVIEWER"))).isFalse();
        assertThat(CaseAction.CONCLUDE.allowedTo(List.of("STAFF", "APPROVER"))).isTrue();
        assertThat(CaseAction.WITHDRAW.byApplicant()).isTrue();
        assertThat(CaseAction.WITHDRAW.allowedTo(List.of("STAFF", "CLERK"))).isFalse();
    }
}
