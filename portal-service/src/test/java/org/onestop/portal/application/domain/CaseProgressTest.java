package org.onestop.portal.application.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.onestop.contracts.processing.CaseAccepted;
import org.onestop.contracts.processing.CaseAssigned;
import org.onestop.contracts.processing.CaseConcluded;
import org.onestop.contracts.processing.CaseReceived;
import org.onestop.contracts.processing.CaseResumed;
import org.onestop.contracts.processing.CorrectionAnswered;
import org.onestop.contracts.processing.CorrectionRequested;

class CaseProgressTest {

    private static final Instant AT = Instant.parse("2026-12-07T02:00:00Z");
    private static final String CASE = "case-1";
    private static final String APPLICATION = "0b4f9c3a-0000-0000-0000-000000000001";
    private static final String TRACKING = "330100-20261207-ABCDEFGHJK";

    @Test
    void receivedAcceptedAndConcludedMoveTheApplicationWithTheirNotes() {
        var received = CaseProgress.of(new CaseReceived(CASE, APPLICATION, TRACKING, "X-1", 1, "330100", "330100-AMR",
                "web", AT), ApplicationStatus.SUBMITTED).orElseThrow();
        var accepted = CaseProgress.of(new CaseAccepted(CASE, APPLICATION, TRACKING, "clerk", "材料齐全", "330100",
                "330100-AMR", "hall", AT), ApplicationStatus.SUBMITTED).orElseThrow();
        var denied = CaseProgress.of(new CaseConcluded(CASE, APPLICATION, TRACKING, "DENIED", "不符合条件", "approver",
                "X-1", 1, "事项", "acc", "张三", "330100", "330100-AMR", "web", AT, 5, 3, true),
                ApplicationStatus.UNDER_REVIEW).orElseThrow();

        assertThat(received.status()).isEqualTo(ApplicationStatus.SUBMITTED);
        assertThat(received.note()).isEqualTo("部门已收件 received by the department");
        assertThat(accepted.status()).isEqualTo(ApplicationStatus.ACCEPTED);
        assertThat(accepted.note()).isEqualTo("已受理 accepted: 材料齐全");
        assertThat(accepted.at()).isEqualTo(AT);
        assertThat(accepted.caseId()).isEqualTo(CASE);
        assertThat(denied.status()).isEqualTo(ApplicationStatus.CONCLUDED);
        assertThat(denied.note()).isEqualTo("办结：不予 denied: 不符合条件");
        assertThat(denied.noticeTitle()).isEqualTo("办件进度 Application update");
        assertThat(denied.noticeText("个体工商户注册登记", TRACKING))
                .isEqualTo("个体工商户注册登记（" + TRACKING + "）：办结：不予 denied: 不符合条件");
    }

    @Test
    void aCorrectionRequestNamesEverythingMissingAndIsNoticedAsSuch() {
        var step = CaseProgress.of(new CorrectionRequested(CASE, APPLICATION, TRACKING, "clerk",
                List.of("营业执照副本", "健康证明"), "请一次补齐", "330100", "330100-AMR", "hall", AT),
                ApplicationStatus.ACCEPTED).orElseThrow();

        assertThat(step.correctionRequested()).isTrue();
        assertThat(step.missingItems()).containsExactly("营业执照副本", "健康证明");
        assertThat(step.note()).isEqualTo("请补正 please supply: 营业执照副本; 健康证明 (请一次补齐)");
        assertThat(step.noticeTitle()).isEqualTo("请补正材料 Correction requested");
    }

    @Test
    void anAnswerOrAResumptionGoesBackToTheStateProcessingNamesOrStaysWhenItIsUnknown() {
        var answered = CaseProgress.of(new CorrectionAnswered(CASE, APPLICATION, TRACKING, "acc", "已补正", "ACCEPTED",
                "330100", "330100-AMR", "web", AT), ApplicationStatus.CORRECTION_REQUESTED).orElseThrow();
        var unknown = CaseProgress.of(new CaseResumed(CASE, APPLICATION, TRACKING, "clerk", null, "IN_HEARING",
                "330100", "330100-AMR", "web", AT), ApplicationStatus.SUSPENDED).orElseThrow();

        assertThat(answered.status()).isEqualTo(ApplicationStatus.ACCEPTED);
        assertThat(answered.unknownCaseState()).isNull();
        assertThat(unknown.status()).isEqualTo(ApplicationStatus.SUSPENDED);
        assertThat(unknown.unknownCaseState()).isEqualTo("IN_HEARING");
        assertThat(unknown.note()).isEqualTo("恢复办理 resumed");
    }

    @Test
    void aStepThatMovesNoApplicationIsNone() {
        assertThat(CaseProgress.of(new CaseAssigned(CASE, APPLICATION, TRACKING, "clerk", "supervisor", "330100",
                "330100-AMR", "web", AT), ApplicationStatus.ACCEPTED)).isEmpty();
    }
}
