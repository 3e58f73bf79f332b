package org.onestop.web.supervision;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class IndicatorsTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void sharesReadAsPercentagesAndCountsAsNumbers() {
        assertThat(Indicators.shown("on_time_conclusion_rate", 0.875)).isEqualTo("87.5 %");
        assertThat(Indicators.shown("good_review_rate", 1.0)).isEqualTo("100 %");
        assertThat(Indicators.shown("guide_views", 42.0)).isEqualTo("42");
        assertThat(Indicators.shown("average_handling_days", 3.456)).isEqualTo("3.46");
        assertThat(Indicators.shown("good_review_rate", null)).isEqualTo("—");
        assertThat(Indicators.ALL).containsAll(Indicators.KEY);
    }

    @Test
    void aCardHasTheLatestMeasuredDayThePeriodsShareAndTheChartsSeries() {
        var series = JSON.readTree("""
                {"points":[{"day":"2026-12-03","value":0.5,"numerator":1,"denominator":2},
                           {"day":"2026-12-04","value":1.0,"numerator":2,"denominator":2},
                           {"day":"2026-12-05","value":0,"numerator":0,"denominator":0}]}""");

        var card = SupervisionPages.card("on_time_conclusion_rate", series);

        assertThat(card).containsEntry("latest", "100 %").containsEntry("period", "75 %").containsEntry("measured", true);
        assertThat(JSON.readTree((String) card.get("chart"))).isEqualTo(JSON.readTree(
                "{\"days\":[\"2026-12-03\",\"2026-12-04\",\"2026-12-05\"],\"values\":[50.0,100.0,null],\"unit\":\"%\"}"));
        assertThat(SupervisionPages.card("guide_views", JSON.readTree("{\"points\":[]}"))).containsEntry("measured", false);
    }

    @Test
    void aScopeKeepsOnlyCodesAndKnownChannelsAndPeriods() {
        var scope = SupervisionPages.Scope.of("330100", "<script>", "telegram", "all", 45, LocalDate.of(2026, 12, 5));

        assertThat(scope.region()).isEqualTo("330100");
        assertThat(scope.department()).isEqualTo("all");
        assertThat(scope.channel()).isEqualTo("all");
        assertThat(scope.days()).isEqualTo(30);
        assertThat(scope.from()).isEqualTo(LocalDate.of(2026, 11, 6));
    }
}
