package org.onestop.portal.evaluation.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.onestop.contracts.portal.BadReviewRaised;
import org.onestop.contracts.portal.RectificationCompleted;
import org.onestop.platform.rules.StateConflict;
import org.onestop.portal.application.domain.Application;
import org.onestop.portal.application.domain.ApplicationStatus;
import org.onestop.portal.calendar.domain.PublishedSchedule2026;
import org.onestop.portal.evaluation.domain.Rectification.AppealDecision;
import org.onestop.portal.evaluation.domain.Rectification.Outcome;

class EvaluationTest {

    private static final RectificationDeadline FIFTEEN_DAYS = new RectificationDeadline(15);
    // 2026-11-27 01:00 China Standard Time
    private static final Instant AT = Instant.parse("2026-11-26T17:00:00Z");

    private static Application application(ApplicationStatus status) {
        return new Application(UUID.randomUUID(), "330100-20261127-00000001", "u-1", "张三", "NATURAL_PERSON",
                "C1", 2, "食品经营许可", "330100-AMR", "330100", Map.of(), status, "case-1", "web", null, AT, 0, 0, null);
    }

    private static Rectification badReview() {
        return Evaluation.submit(application(ApplicationStatus.CONCLUDED), SatisfactionLevel.DISSATISFIED,
                Dimensions.NONE, "慢", "app", FIFTEEN_DAYS, AT).rectification().orElseThrow();
    }

    @Test
    void theLastTwoLevelsAreBadReviews() {
        assertThat(SatisfactionLevel.values()).filteredOn(SatisfactionLevel::bad)
                .containsExactly(SatisfactionLevel.DISSATISFIED, SatisfactionLevel.VERY_DISSATISFIED);
    }

    @Test
    void onlyAConcludedOrDeliveredCaseCanBeEvaluated() {
        for (ApplicationStatus status : ApplicationStatus.values()) {
            boolean allowed = status == ApplicationStatus.CONCLUDED || status == ApplicationStatus.DELIVERED;
            if (allowed) {
                assertThat(Evaluation.submit(application(status), SatisfactionLevel.SATISFIED, null, null, "web",
                        FIFTEEN_DAYS, AT).events()).hasSize(1);
            } else {
                assertThatThrownBy(() -> Evaluation.submit(application(status), SatisfactionLevel.SATISFIED, null, null,
                        "web", FIFTEEN_DAYS, AT)).as(status.name()).isInstanceOf(StateConflict.class);
            }
        }
    }

    @Test
    void aBadReviewOpensARectificationForTheHandlingDepartmentDueFifteenWorkingDaysLater() {
        var submitted = Evaluation.submit(application(ApplicationStatus.DELIVERED), SatisfactionLevel.VERY_DISSATISFIED,
                Dimensions.NONE, null, "wechat", FIFTEEN_DAYS, AT);

        var rectification = submitted.rectification().orElseThrow();
        assertThat(rectification.departmentCode()).isEqualTo("330100-AMR");
        // Fri 27 November: three working weeks on, Monday to Friday without a published calendar
        assertThat(rectification.dueOn()).isEqualTo(LocalDate.of(2026, 12, 18));
        assertThat(submitted.events()).hasSize(2);
        assertThat(((BadReviewRaised) submitted.events().get(1)).channel()).isEqualTo("wechat");
    }

    @Test
    void theDeadlineRunsInTheRegionsPublishedWorkingDaysAcrossNationalDay() {
        // 2026-09-30 10:00 China Standard Time, the eve of the National Day holiday (1 to 7 October)
        Instant eve = Instant.parse("2026-09-30T02:00:00Z");
        var rectification = Evaluation.submit(application(ApplicationStatus.CONCLUDED), SatisfactionLevel.DISSATISFIED,
                Dimensions.NONE, null, "web", FIFTEEN_DAYS.in(PublishedSchedule2026.calendar()), eve)
                .rectification().orElseThrow();

        assertThat(rectification.dueOn()).as("counting the make-up Saturday 10 October").isEqualTo(LocalDate.of(2026, 10, 27));
    }

    @Test
    void theDepartmentVerifiesBeforeItRecordsAndLateRecordsAreNotOnTime() {
        var open = badReview();
        assertThatThrownBy(() -> open.complete(Outcome.RECTIFIED, "x", "clerk", "web", AT))
                .isInstanceOf(StateConflict.class);

        var verified = open.verify(true, "属实", "clerk", AT);
        assertThat(verified.overdue(LocalDate.of(2026, 12, 18))).isFalse();
        assertThat(verified.overdue(LocalDate.of(2026, 12, 19))).isTrue();
        var late = verified.complete(Outcome.RECTIFIED, "已整改", "clerk", "web", Instant.parse("2026-12-19T02:00:00Z"));

        assertThat(((RectificationCompleted) late.event()).onTime()).isFalse();
        assertThat(late.rectification().overdue(LocalDate.of(2027, 1, 1))).isFalse();
    }

    @Test
    void anAppealIsAllowedOnceAfterTheOutcomeAndAnUpheldOneReopensWithANewDeadline() {
        var completed = badReview().verify(false, "不属实", "clerk", AT)
                .complete(Outcome.EXPLAINED, "解释", "clerk", "web", AT).rectification();
        var appealed = completed.appeal("误判", "u-1", "app", AT).rectification();
        assertThatThrownBy(() -> appealed.appeal("again", "u-1", "app", AT)).isInstanceOf(StateConflict.class);

        var reopened = appealed.answerAppeal(AppealDecision.UPHELD, "重新核查", "supervisor", FIFTEEN_DAYS, "web",
                Instant.parse("2026-12-01T02:00:00Z")).rectification();
        assertThat(reopened.status()).isEqualTo(RectificationStatus.OPEN);
        assertThat(reopened.dueOn()).as("Tue 1 December + 15 working days").isEqualTo(LocalDate.of(2026, 12, 22));

        var completedAgain = reopened.verify(true, "属实", "clerk", AT)
                .complete(Outcome.RECTIFIED, "整改", "clerk", "web", AT).rectification();
        assertThatThrownBy(() -> completedAgain.appeal("again", "u-1", "app", AT)).isInstanceOf(StateConflict.class);
    }

    @Test
    void aDismissedAppealClosesTheRecord() {
        var appealed = badReview().verify(true, null, "clerk", AT).complete(Outcome.RECTIFIED, "整改", "clerk", "web", AT)
                .rectification().appeal("误判", "u-1", "app", AT).rectification();

        var closed = appealed.answerAppeal(AppealDecision.DISMISSED, "维持", "supervisor", FIFTEEN_DAYS, "web", AT);

        assertThat(closed.rectification().status()).isEqualTo(RectificationStatus.CLOSED);
        assertThatThrownBy(() -> closed.rectification().answerAppeal(AppealDecision.UPHELD, "x", "s", FIFTEEN_DAYS,
                "web", AT)).isInstanceOf(StateConflict.class);
    }
}
