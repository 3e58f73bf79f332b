package org.onestop.platform.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.onestop.contracts.processing.CaseAccepted;

class EventJsonTest {

    @Test
    void anEventReadsBackAsItWasWritten() {
        var accepted = new CaseAccepted("case-1", "app-1", "TN-1", "clerk", "ok", "330100", "D-1", "hall",
                Instant.parse("2026-11-26T08:00:00Z"));

        String json = EventJson.write(accepted);

        assertThat(json).contains("\"acceptedAt\":\"2026-11-26T08:00:00Z\"").doesNotContain("eventType");
        assertThat(EventJson.read(json, CaseAccepted.class)).isEqualTo(accepted);
    }

    @Test
    void fieldsANewerProducerAddedAreIgnoredAndOnesAnOlderProducerLackedAreEmpty() {
        String json = """
                {"caseId":"case-1","applicationId":"app-1","trackingNumber":"TN-1","acceptedBy":"clerk",
                 "regionCode":"330100","departmentCode":"D-1","channel":"hall","acceptedAt":"2026-11-26T08:00:00Z",
                 "priority":"high"}""";

        CaseAccepted read = EventJson.read(json, CaseAccepted.class);

        assertThat(read.caseId()).isEqualTo("case-1");
        assertThat(read.opinion()).isNull();
    }
}
