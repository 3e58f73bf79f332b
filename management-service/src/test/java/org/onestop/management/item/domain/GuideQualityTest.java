package org.onestop.management.item.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.onestop.management.item.Guides;
import org.onestop.platform.rules.RuleViolation.FieldProblem;

class GuideQualityTest {

    @Test
    void aCompleteGuideScoresFull() {
        var report = GuideQuality.of(ServiceItemTest.content(20, 10, Guides.FORM));

        assertThat(report.findings()).isEmpty();
        assertThat(report.score()).isEqualTo(100);
        assertThat(report.complete()).isTrue();
    }

    @Test
    void anEmptyGuideListsEverythingThatIsMissing() {
        var bare = new ItemContent("n", ItemType.ADMINISTRATIVE_LICENSING, "330100", "d", "d", 20, 10, List.of(), null);

        var report = GuideQuality.of(bare);

        assertThat(report.findings()).extracting(FieldProblem::field).contains("guide.serviceObjects", "guide.topics",
                "guide.materials", "guide.process", "guide.halls", "guide.resultType", "formFields", "guide.faq",
                "guide.baseCode");
        assertThat(report.findings()).filteredOn(f -> f.field().equals("guide.process"))
                .extracting(FieldProblem::message).allMatch(m -> m.contains("acceptance"));
        assertThat(report.score()).isLessThan(20);
    }

    @Test
    void bookingWithoutBookableWindowsIsIncomplete() {
        var guide = Guides.changed(Guides.complete("BASE-1"), "halls", List.of(java.util.Map.of("name", "大厅")));
        var content = new ItemContent("n", ItemType.ADMINISTRATIVE_LICENSING, "330100", "d", "d", 20, 10, Guides.FORM, guide);

        assertThat(GuideQuality.of(content).findings()).extracting(FieldProblem::field)
                .containsExactly("guide.halls[0].openingHours", "guide.bookingSupported");
    }
}
