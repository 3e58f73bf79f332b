package org.onestop.management.item;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.onestop.contracts.Topics;
import org.onestop.contracts.management.FormField;
import org.onestop.contracts.management.ServiceGuide;
import org.onestop.contracts.management.ServiceItemPublished;
import org.onestop.platform.messaging.EventJson;
import org.onestop.testsupport.ApiClient;
import org.onestop.testsupport.EventProbe;
import org.onestop.testsupport.ServiceIntegrationTest;
import org.onestop.testsupport.TestTokens;
import org.springframework.beans.factory.annotation.Value;

@ServiceIntegrationTest
class ServiceItemPublishingIT {

    private static final String ITEMS = CatalogApi.ITEMS;

    private final ApiClient api;
    private final CatalogApi catalog;

    ServiceItemPublishingIT(@Value("${local.server.port}") int port) {
        this.api = ApiClient.onPort(port);
        this.catalog = new CatalogApi(api);
    }

    private static Map<String, Object> item(String code, int legal, int promised) {
        Map<String, Object> item = CatalogApi.item(code, null);
        item.put("legalLimitDays", legal);
        item.put("promisedLimitDays", promised);
        return item;
    }

    @Test
    void anEditorDraftsAReviewerPublishesAndTheFullVersionGoesToKafkaWithCloudEventsHeaders() {
        String id = catalog.draft("330100-SP-0001");
        assertThat(catalog.step(id, "submit", CatalogApi.EDITOR, Map.of()).text("status")).isEqualTo("IN_REVIEW");

        try (EventProbe probe = EventProbe.on(Topics.SERVICE_ITEM)) {
            var published = api.post(ITEMS + "/" + id + "/publish", CatalogApi.REVIEWER, "",
                    Map.of("X-Channel", "hall", "X-Correlation-Id", "journey-42"));
            assertThat(published.status()).as(published.body()).isEqualTo(200);
            assertThat(published.text("status")).isEqualTo("PUBLISHED");
            assertThat(published.text("reviewedBy")).isEqualTo("reviewer");
            assertThat(published.text("submittedBy")).isEqualTo("editor");

            await().atMost(Duration.ofSeconds(30)).until(() -> probe.poll().stream().anyMatch(r -> r.key().equals(id)));
            var record = probe.poll().stream().filter(r -> r.key().equals(id)).findFirst().orElseThrow();
            assertThat(record.headers())
                    .containsEntry("ce_type", "management.service-item.published.v1")
                    .containsEntry("ce_subject", "330100-SP-0001")
                    .containsEntry("ce_source", "/onestop/management-service")
                    .containsEntry("ce_specversion", "1.0")
                    .containsEntry("correlation_id", "journey-42")
                    .containsEntry("channel", "hall")
                    .containsEntry("department", TestTokens.DEPARTMENT)
                    .containsKeys("ce_id", "ce_time")
                    .doesNotContainKey("__TypeId__");
            var event = EventJson.read(record.value(), ServiceItemPublished.class);
            assertThat(event.formFields()).extracting(FormField::code).containsExactly("shopName", "category");
            assertThat(event.departmentName()).isEqualTo("杭州市市场监督管理局");
            assertThat(event.guide().departmentCreditCode()).hasSize(18);
            assertThat(event.guide().level()).isEqualTo("MUNICIPAL");
            assertThat(event.guide().halls().get(0).bookableWindows().get(0).capacityPerSlot()).isEqualTo(4);
            assertThat(event.guide().halls().get(0).openingHours().get(0).opens()).hasToString("09:00");
            assertThat(event.guide().materials()).extracting(ServiceGuide.Material::certificateType)
                    .contains("BUSINESS_LICENSE");
            assertThat(event.guide().process()).hasSize(5);
            assertThat(event.guide().faq()).hasSize(1);
            assertThat(record.value()).doesNotContain("org.onestop");
        }
    }

    @Test
    void aPublishedVersionCannotBePublishedAgain() {
        String id = catalog.publish("330100-SP-0002");

        var again = api.post(ITEMS + "/" + id + "/publish", CatalogApi.REVIEWER, "");

        assertThat(again.status()).isEqualTo(409);
        assertThat(again.contentType()).startsWith("application/problem+json");
        assertThat(again.json().path("status").asInt()).as(again.body()).isEqualTo(409);
        assertThat(again.text("itemStatus")).isEqualTo("PUBLISHED");
    }

    @Test
    void publishingWithoutReviewIsAConflict() {
        String id = catalog.draft("330100-SP-0007");

        var refused = api.post(ITEMS + "/" + id + "/publish", TestTokens.admin(), "");

        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.text("detail")).contains("without review");
        assertThat(api.get(ITEMS + "/" + id, TestTokens.admin()).text("status")).isEqualTo("DRAFT");
    }

    @Test
    void whoeverSubmittedCannotApprove() {
        var drafted = api.post(ITEMS, TestTokens.admin(), item("330100-SP-0008", 20, 10));
        String id = drafted.text("id");
        api.post(ITEMS + "/" + id + "/submit", TestTokens.admin(), "");

        var refused = api.post(ITEMS + "/" + id + "/publish", TestTokens.admin(), "");

        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.text("detail")).contains("Four-eyes");
        assertThat(api.post(ITEMS + "/" + id + "/publish", CatalogApi.REVIEWER, "").text("status")).isEqualTo("PUBLISHED");
    }

    @Test
    void aPromisedLimitAboveTheLegalLimitIsRefusedNamingTheField() {
        var refused = api.post(ITEMS, TestTokens.admin(), item("330100-SP-0003", 5, 10));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.json().path("errors").get(0).path("field").asText()).isEqualTo("promisedLimitDays");
        assertThat(api.get(ITEMS + "?size=100", TestTokens.admin()).body()).doesNotContain("330100-SP-0003");
    }

    @Test
    void anUnknownRegionOrDepartmentIsRefusedNamingBothFields() {
        var body = new java.util.HashMap<>(item("330100-SP-0006", 20, 10));
        body.put("regionCode", "110101");
        body.put("departmentCode", "110101-AMR");

        var refused = api.post(ITEMS, TestTokens.admin(), body);

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().path("errors").findValuesAsString("field")).containsExactly("regionCode", "departmentCode");
    }

    @Test
    void missingFieldsAreListedOneByOne() {
        var refused = api.post(ITEMS, TestTokens.admin(), Map.of("name", "x"));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().path("errors").findValuesAsString("field")).as(refused.body())
                .contains("code", "itemType", "regionCode", "departmentCode", "legalLimitDays");
    }

    @Test
    void malformedJsonIsABadRequestNotAnError() {
        var refused = api.post(ITEMS, TestTokens.admin(), "{\"code\": ");

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.text("title")).isEqualTo("Malformed request body");
        assertThat(refused.text("correlationId")).isNotBlank();
        assertThat(refused.body()).doesNotContain("Exception");
    }

    @Test
    void aValueOfTheWrongTypeNamesItsField() {
        var refused = api.post(ITEMS, TestTokens.admin(), "{\"code\": \"330100-XX-0001\", \"itemType\": \"NO_SUCH_TYPE\"}");

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().get("errors").get(0).get("field").asString()).isEqualTo("itemType");
        assertThat(refused.json().get("errors").get(0).get("message").asString()).startsWith("expected one of ");
    }

    @Test
    void withoutATokenTheCatalogIsClosed() {
        var refused = api.get(ITEMS, null);

        assertThat(refused.status()).isEqualTo(401);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.json().path("correlationId").asText()).isNotBlank();
    }

    @Test
    void citizensCannotDraftItems() {
        var refused = api.post(ITEMS, TestTokens.citizen("c1"), item("330100-SP-0004", 20, 10));

        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.contentType()).startsWith("application/problem+json");
    }

    @Test
    void anUnknownChannelIsRefused() {
        var refused = api.post(ITEMS, TestTokens.admin(), item("330100-SP-0005", 20, 10), Map.of("X-Channel", "fax"));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body()).contains("X-Channel");
    }

    @Test
    void listsArePaged() {
        var page = api.get(ITEMS + "?page=0&size=1", TestTokens.admin());

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.json().path("size").asInt()).isEqualTo(1);
        assertThat(api.get(ITEMS + "?size=1000", TestTokens.admin()).status()).isEqualTo(400);
    }

    @Test
    void operatorsSeeHealthMetricsAndTheApiDocumentWithoutAToken() {
        assertThat(api.get("/actuator/health/readiness", null).status()).isEqualTo(200);
        assertThat(api.get("/actuator/health/liveness", null).status()).isEqualTo(200);
        assertThat(api.get("/actuator/prometheus", null).body())
                .contains("onestop_outbox_backlog").contains("onestop_outbox_oldest_age_seconds");
        var docs = api.get("/v3/api-docs", null);
        assertThat(docs.status()).isEqualTo(200);
        assertThat(docs.json().path("paths").has("/api/management/v1/service-items")).isTrue();
        assertThat(docs.json().path("servers").findValuesAsString("url")).as("try it out goes through the gateway")
                .containsExactly("http://localhost:8080");
        assertThat(api.get("/swagger-ui/index.html", null).status()).isEqualTo(200);
    }
}
