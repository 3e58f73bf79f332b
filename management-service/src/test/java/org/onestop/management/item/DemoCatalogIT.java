package org.onestop.management.item;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.onestop.contracts.Topics;
import org.onestop.contracts.management.ServiceGuide;
import org.onestop.contracts.management.ServiceItemPublished;
import org.onestop.management.item.domain.ItemType;
import org.onestop.management.item.domain.Level;
import org.onestop.platform.messaging.EventJson;
import org.onestop.testsupport.ApiClient;
import org.onestop.testsupport.EventProbe;
import org.onestop.testsupport.ServiceIntegrationTest;
import org.onestop.testsupport.TestTokens;
import org.springframework.beans.factory.annotation.Value;
import tools.jackson.databind.JsonNode;

/** The demo catalog is loaded and published at start, complete, over every type and several levels. */
@ServiceIntegrationTest
class DemoCatalogIT {

    private final ApiClient api;

    DemoCatalogIT(@Value("${local.server.port}") int port) {
        this.api = ApiClient.onPort(port);
    }

    private JsonNode published(String query) {
        return api.get(CatalogApi.ITEMS + "?status=PUBLISHED&size=100&" + query, TestTokens.admin()).json();
    }

    @Test
    void atLeastSixtyCompleteItemsArePublishedOverEveryTypeAndFourLevels() {
        assertThat(published("q=").path("totalElements").asInt()).isGreaterThanOrEqualTo(60);
        assertThat(published("incomplete=false").path("totalElements").asInt()).isGreaterThanOrEqualTo(60);
        for (ItemType type : ItemType.values()) {
            assertThat(published("type=" + type).path("totalElements").asInt()).as(type.name()).isPositive();
        }
        long levels = Arrays.stream(Level.values()).filter(level -> published("level=" + level).path("totalElements").asInt() > 0)
                .count();
        assertThat(levels).isGreaterThanOrEqualTo(4);
        assertThat(published("departmentCode=330100-AMR").path("totalElements").asInt()).isGreaterThanOrEqualTo(5);
        assertThat(api.get("/api/management/v1/claims?baseCode=XK-00101", TestTokens.admin()).json()
                .path("totalElements").asInt()).isEqualTo(3);
    }

    @Test
    void theSeededVersionsReachKafkaWithTheirGuides() {
        try (EventProbe probe = EventProbe.on(Topics.SERVICE_ITEM)) {
            await().atMost(Duration.ofSeconds(30)).until(() -> probe.poll().stream()
                    .anyMatch(r -> "330100-AMR-XK-001".equals(r.headers().get("ce_subject"))));
            Set<String> topics = new HashSet<>();
            Set<String> objects = new HashSet<>();
            probe.poll().stream().filter(r -> r.headers().get("ce_type").equals(ServiceItemPublished.TYPE))
                    .map(r -> EventJson.read(r.value(), ServiceItemPublished.class))
                    .filter(event -> event.guide().baseCode() != null && event.guide().baseCode().matches("[A-Z]{2}-\\d{5}"))
                    .forEach(event -> {
                        topics.addAll(event.guide().topics());
                        objects.addAll(event.guide().serviceObjects());
                        assertThat(event.guide().materials()).as(event.code()).isNotEmpty();
                        assertThat(event.guide().halls()).as(event.code()).isNotEmpty();
                        assertThat(event.formFields()).as(event.code()).isNotEmpty();
                    });
            assertThat(topics).hasSizeGreaterThanOrEqualTo(8);
            assertThat(objects).containsExactlyInAnyOrder("NATURAL_PERSON", "LEGAL_PERSON");
        }
    }

    @Test
    void aResultThatOtherItemsAskForNamesTheCertificateTypeItIsIssuedAs() {
        try (EventProbe probe = EventProbe.on(Topics.SERVICE_ITEM)) {
            await().atMost(Duration.ofSeconds(30)).until(() -> probe.poll().stream()
                    .map(r -> r.headers().get("ce_subject"))
                    .filter(subject -> "330100-AMR-GG-009".equals(subject) || "330100-AMR-XK-001".equals(subject))
                    .distinct().count() == 2);
            var guides = new HashMap<String, ServiceGuide>();
            probe.poll().stream().filter(r -> r.headers().get("ce_type").equals(ServiceItemPublished.TYPE))
                    .map(r -> EventJson.read(r.value(), ServiceItemPublished.class))
                    .forEach(event -> guides.put(event.code(), event.guide()));

            // 个体工商户注册登记 issues a 营业执照, which 食品经营许可证核发 takes as a material by sharing
            ServiceGuide registration = guides.get("330100-AMR-GG-009");
            assertThat(registration.resultName()).isEqualTo("营业执照");
            assertThat(registration.resultCertificateType()).isEqualTo("BUSINESS_LICENSE");
            assertThat(guides.get("330100-AMR-XK-001").materials())
                    .filteredOn(material -> "营业执照".equals(material.name()))
                    .extracting(ServiceGuide.Material::certificateType).containsExactly("BUSINESS_LICENSE");
        }
    }
}
