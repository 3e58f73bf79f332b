package org.onestop.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.onestop.contracts.management.ServiceItemPublished;
import org.onestop.contracts.processing.CaseAccepted;

class EventTypesTest {

    @Test
    void everyPublishedTypeMapsBackToItsRecord() {
        var published = new ServiceItemPublished("i1", "C1", 1, "n", "PUBLIC_SERVICE", "330100", "d", "dn",
                20, 5, List.of(), "web", Instant.now());
        assertThat(EventTypes.recordFor(published.eventType())).contains(ServiceItemPublished.class);
        assertThat(EventTypes.recordFor(CaseAccepted.TYPE)).contains(CaseAccepted.class);
    }

    @Test
    void unknownTypesAreNotGuessed() {
        assertThat(EventTypes.recordFor("processing.case.teleported.v1")).isEmpty();
    }

    @Test
    void caseEventsAreKeyedByCaseAndLookedUpByTrackingNumber() {
        var accepted = new CaseAccepted("case-1", "app-1", "TN-1", "clerk", "ok", "330100", "d", "hall", Instant.now());
        assertThat(accepted.aggregateId()).isEqualTo("case-1");
        assertThat(accepted.subject()).isEqualTo("TN-1");
    }

    @Test
    void deadLetterTopicIsNamedAfterItsSource() {
        assertThat(Topics.deadLetterOf(Topics.CASE)).isEqualTo("processing.case.v1.dlt");
    }
}
