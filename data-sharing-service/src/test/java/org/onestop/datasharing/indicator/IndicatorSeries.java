package org.onestop.datasharing.indicator;

import static org.assertj.core.api.Assertions.assertThat;

import org.onestop.testsupport.ApiClient;
import org.onestop.testsupport.TestTokens;
import tools.jackson.databind.JsonNode;

/** Reads indicator series through {@code GET /api/data-sharing/v1/indicators} as an administrator. */
final class IndicatorSeries {

    private final ApiClient api;

    IndicatorSeries(ApiClient api) {
        this.api = api;
    }

    /** Today's value of the indicator for the series the query names ({@code &region=..&channel=..}). */
    double today(String indicator, String query) {
        return todayPoint(indicator, query).path("value").asDouble();
    }

    /** Today's point (day, value, numerator, denominator); there must be exactly one. */
    JsonNode todayPoint(String indicator, String query) {
        JsonNode series = api.get("/api/data-sharing/v1/indicators?indicator=" + indicator + query, TestTokens.admin())
                .json();
        assertThat(series.path("points").size()).as(indicator + " has a value today for " + query).isEqualTo(1);
        return series.path("points").get(0);
    }

    /** Whether the series the query names has no value today. */
    boolean noneToday(String indicator, String query) {
        return api.get("/api/data-sharing/v1/indicators?indicator=" + indicator + query, TestTokens.admin()).json()
                .path("points").isEmpty();
    }
}
