package org.onestop.datasharing.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.onestop.contracts.Topics;
import org.onestop.contracts.portal.ApplicationSubmitted;
import org.onestop.contracts.portal.CatalogSearched;
import org.onestop.contracts.portal.GuideViewed;
import org.onestop.testsupport.ApiClient;
import org.onestop.testsupport.ServiceIntegrationTest;
import org.onestop.testsupport.TestEvents;
import org.onestop.testsupport.TestTokens;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/** Searches and guide views of the public portal (portal.behaviour.v1) give the behaviour indicators. */
@ServiceIntegrationTest
class BehaviourIndicatorIT {

    private static final String DEPARTMENT = "330100-BHV";
    private static final String OF_DEPARTMENT = "&region=330100&department=" + DEPARTMENT;

    private final ApiClient api;
    private final IndicatorSeries series;
    private final IndicatorComputation computation;
    private final JdbcClient jdbc;

    @Autowired
    BehaviourIndicatorIT(@Value("${local.server.port}") int port, IndicatorComputation computation, JdbcClient jdbc) {
        this.api = ApiClient.onPort(port);
        this.series = new IndicatorSeries(api);
        this.computation = computation;
        this.jdbc = jdbc;
    }

    @Test
    void searchesViewsAndApplicationsGiveSearchSuccessViewsAndConversion() {
        search(12, "weibo");
        search(1, "weibo");
        search(0, "weibo");
        search(0, "app");
        view("BHV-1", "web");
        view("BHV-1", "web");
        view("BHV-1", "wechat");
        view("BHV-2", "web");
        TestEvents.publish(Topics.APPLICATION, new ApplicationSubmitted(UUID.randomUUID().toString(),
                "TN-" + UUID.randomUUID(), "BHV-1", 1, "事项", "c-1", "张三", "NATURAL_PERSON", Map.of(), "330100",
                DEPARTMENT, "web", Instant.now(), List.of()));
        await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.sql("""
                select count(*) from event_log where department_code = ? and event_type in (
                    'portal.behaviour.catalog-searched.v1', 'portal.behaviour.guide-viewed.v1',
                    'portal.application.submitted.v1')""").param(DEPARTMENT).query(Long.class).single() == 9);

        assertThat(computation.computeFor(LocalDate.now(IndicatorComputation.CHINA))).isTrue();

        assertThat(series.today("search_success_rate", "&channel=weibo")).as("searches with at least one result")
                .isEqualTo(0.6667);
        assertThat(series.today("search_success_rate", "&channel=app")).isEqualTo(0.0);
        assertThat(series.noneToday("search_success_rate", OF_DEPARTMENT))
                .as("a search's department is a filter, not where it happened").isTrue();
        assertThat(series.today("guide_views", OF_DEPARTMENT)).isEqualTo(4.0);
        assertThat(series.today("guide_views", OF_DEPARTMENT + "&channel=web")).isEqualTo(3.0);
        assertThat(series.today("guide_views", "&item=BHV-1")).isEqualTo(3.0);
        assertThat(series.today("guide_conversion_rate", OF_DEPARTMENT)).as("one application per four views")
                .isEqualTo(0.25);
        assertThat(series.today("guide_conversion_rate", "&item=BHV-1&channel=web")).isEqualTo(0.5);

        JsonNode mostViewed = api.get("/api/data-sharing/v1/indicators/items?indicator=guide_views" + OF_DEPARTMENT,
                TestTokens.admin()).json();
        assertThat(mostViewed.path("totalElements").asLong()).isEqualTo(2);
        assertThat(mostViewed.path("content").get(0).path("item").asText()).isEqualTo("BHV-1");
        assertThat(mostViewed.path("content").get(0).path("numerator").asDouble()).isEqualTo(3.0);
        assertThat(mostViewed.path("content").get(0).path("department").asText()).isEqualTo(DEPARTMENT);
        assertThat(mostViewed.path("content").get(1).path("item").asText()).isEqualTo("BHV-2");
        JsonNode byConversion = api.get("/api/data-sharing/v1/indicators/items?indicator=guide_conversion_rate"
                + "&sort=value&size=1" + OF_DEPARTMENT, TestTokens.admin()).json();
        assertThat(byConversion.path("content").size()).isEqualTo(1);
        assertThat(byConversion.path("totalPages").asInt()).isEqualTo(2);
        assertThat(byConversion.path("content").get(0).path("value").asDouble()).isEqualTo(0.3333);
    }

    @Test
    void theRankingRefusesAnUnknownOrderAndStaffOutsideSupervision() {
        var refused = api.get("/api/data-sharing/v1/indicators/items?indicator=guide_views&sort=name",
                TestTokens.admin());

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().path("errors").get(0).path("field").asText()).isEqualTo("sort");
        assertThat(api.get("/api/data-sharing/v1/indicators/items?indicator=guide_views", TestTokens.clerk()).status())
                .isEqualTo(403);
        assertThat(api.get("/api/data-sharing/v1/indicators/items?indicator=guide_views&size=101", TestTokens.admin())
                .status()).isEqualTo(400);
    }

    /** A search of the catalog, filtered by the test's department so that the test can count its own. */
    private static void search(long results, String channel) {
        TestEvents.publish(Topics.BEHAVIOUR, new CatalogSearched(UUID.randomUUID().toString(), "营业执照", results, null,
                null, null, null, null, "330100", DEPARTMENT, channel, Instant.now()));
    }

    private static void view(String item, String channel) {
        TestEvents.publish(Topics.BEHAVIOUR, new GuideViewed(item, 1, "PUBLIC_SERVICE", "III", "330100", DEPARTMENT,
                channel, Instant.now()));
    }
}
