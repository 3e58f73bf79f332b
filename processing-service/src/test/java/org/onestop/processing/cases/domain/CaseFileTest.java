package org.onestop.processing.cases.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.onestop.contracts.portal.ApplicationSubmitted;
import org.onestop.platform.problem.ConflictException;

class CaseFileTest {

    private final Instant now = Instant.parse("2026-11-26T08:00:00Z");
    private final ApplicationSubmitted submitted = new ApplicationSubmitted("app-1", "TN-1", "I-1", 2, "item", "citizen-1",
            "张三", "NATURAL_PERSON", Map.of(), "330100", "D-1", "wechat", now);

    @Test
    void aReceivedCaseKeepsTheItemVersionItWasSubmittedUnder() {
        CaseFile.Received received = CaseFile.receive(submitted, now);

        assertThat(received.file().state()).isEqualTo(CaseState.SUBMITTED);
        assertThat(received.file().itemVersion()).isEqualTo(2);
        assertThat(received.event().caseId()).isEqualTo(received.file().id().toString());
        assertThat(received.event().channel()).isEqualTo("wechat");
    }

    @Test
    void acceptingASubmittedCaseRecordsWhoAndWhen() {
        CaseFile.Accepted accepted = CaseFile.receive(submitted, now).file().accept("clerk", "齐全", "hall", now);

        assertThat(accepted.file().state()).isEqualTo(CaseState.ACCEPTED);
        assertThat(accepted.file().acceptedAt()).isEqualTo(now);
        assertThat(accepted.event().acceptedBy()).isEqualTo("clerk");
        assertThat(accepted.event().channel()).isEqualTo("hall");
    }

    @Test
    void anAcceptedCaseCannotBeAcceptedAgain() {
        CaseFile accepted = CaseFile.receive(submitted, now).file().accept("clerk", null, "hall", now).file();

        assertThatThrownBy(() -> accepted.accept("clerk", null, "hall", now))
                .isInstanceOf(ConflictException.class)
                .satisfies(e -> assertThat(((ConflictException) e).properties()).containsEntry("state", "ACCEPTED"));
    }
}
