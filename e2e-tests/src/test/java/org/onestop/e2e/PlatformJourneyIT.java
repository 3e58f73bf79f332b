package org.onestop.e2e;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.MissingNode;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The thin journey of docs/api-reference.md on the packaged platform, started with
 * {@code ./onestop up --detach --fresh} and reached only through the gateway: an administrator
 * publishes an item, a citizen applies, a clerk accepts, the citizen sees it, a supervisor reads
 * the event log. Then the edges: no token, unknown route, malformed JSON (a stopped service is
 * {@link FaultToleranceIT}'s, which has a platform of its own).
 */
@Order(2)
@ExtendWith(JourneyPlatform.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PlatformJourneyIT {

    private static final Duration EVENTUALLY = Duration.ofSeconds(90);
    /** The README's item (its journey's steps 1 to 6). */
    private static final String ITEM_CODE = "330100-SP-0001";
    private static final String ITEM_NAME = "食品经营许可证核发";

    private final Gateway gateway = new Gateway(JourneyPlatform.PORTS.gateway());

    private String applicationId;
    private String trackingNumber;

    @Test
    @Order(1)
    void aProtectedRouteWithoutTokenIsRefusedWithAProblem() {
        Gateway.Response response = gateway.get("/api/processing/v1/cases", null);

        assertThat(response.isProblem(401)).as(response.toString()).isTrue();
    }

    @Test
    @Order(2)
    void anUnknownRouteIsNotFoundWithAProblem() {
        Gateway.Response response = gateway.get("/api/nowhere/v1/things", gateway.signIn("zhangsan"));

        assertThat(response.isProblem(404)).as(response.toString()).isTrue();
    }

    @Test
    @Order(3)
    void anEditorDraftsAServiceItemThatAReviewerPublishesToTheCatalog() {
        String editor = gateway.signIn("editor");
        Gateway.Response created = gateway.post("/api/management/v1/service-items", editor, Map.of(
                "code", ITEM_CODE,
                "name", ITEM_NAME,
                "itemType", "ADMINISTRATIVE_LICENSING",
                "regionCode", "330100",
                "departmentCode", "330100-AMR",
                "departmentName", "杭州市市场监督管理局",
                "legalLimitDays", 20,
                "promisedLimitDays", 10,
                "formFields", List.of(Map.of("code", "shopName", "label", "店铺名称", "type", "string", "required", true,
                        "order", 1))));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(created.text("status")).isEqualTo("DRAFT");
        assertThat(created.json().path("quality").path("findings").isArray()).isTrue();

        Gateway.Response submitted = gateway.post(
                "/api/management/v1/service-items/" + created.text("id") + "/submit", editor, Map.of());
        assertThat(submitted.text("status")).as(submitted.body()).isEqualTo("IN_REVIEW");

        // four-eyes: a reviewer, not the editor who submitted it, publishes
        Gateway.Response published = gateway.post(
                "/api/management/v1/service-items/" + created.text("id") + "/publish", gateway.signIn("reviewer"), Map.of());
        assertThat(published.status()).as(published.body()).isEqualTo(200);
        assertThat(published.text("status")).isEqualTo("PUBLISHED");

        // a part of the name finds it, beside the demo catalog's item of the same name
        await("the published item in the public catalog").atMost(EVENTUALLY).untilAsserted(() ->
                assertThat(codes(gateway.get("/api/portal/v1/catalog/items?size=100&q=" + encode("经营许可"), null)))
                        .contains(ITEM_CODE, "330100-AMR-XK-001"));
        Gateway.Response guide = gateway.get("/api/portal/v1/catalog/items/" + ITEM_CODE, null);
        assertThat(guide.status()).as(guide.body()).isEqualTo(200);
        assertThat(guide.json().path("formFields").get(0).path("code").asString()).isEqualTo("shopName");
    }

    @Test
    @Order(4)
    void aCitizenApplies() {
        Gateway.Response submitted = gateway.post("/api/portal/v1/applications", gateway.signIn("zhangsan"),
                Map.of("itemCode", ITEM_CODE, "formData", Map.of("shopName", "张三小吃")),
                Map.of("Idempotency-Key", UUID.randomUUID().toString(), "X-Channel", "wechat"));

        assertThat(submitted.status()).as(submitted.body()).isEqualTo(201);
        assertThat(submitted.text("channel")).isEqualTo("wechat");
        assertThat(submitted.text("status")).isEqualTo("SUBMITTED");
        applicationId = submitted.text("id");
        trackingNumber = submitted.text("trackingNumber");
        assertThat(trackingNumber).isNotBlank();
    }

    @Test
    @Order(5)
    void theClerkAcceptsTheCaseAndTheCitizenSeesIt() {
        String clerk = gateway.signIn("clerk");
        JsonNode theCase = await("a case for application " + applicationId).atMost(EVENTUALLY).until(
                () -> caseOf(gateway.get("/api/processing/v1/cases?state=SUBMITTED&size=100", clerk)),
                found -> !found.isMissingNode());
        assertThat(theCase.path("trackingNumber").asString()).isEqualTo(trackingNumber);

        String accept = "/api/processing/v1/cases/" + theCase.path("id").asString() + "/accept";
        Gateway.Response accepted = gateway.post(accept, clerk,
                Map.of("opinion", "材料齐全，予以受理", "expectedVersion", theCase.path("version").asLong()),
                Map.of("X-Channel", "hall"));
        assertThat(accepted.status()).as(accepted.body()).isEqualTo(200);
        assertThat(accepted.text("state")).isEqualTo("ACCEPTED");
        Gateway.Response twice = gateway.post(accept, clerk, Map.of("opinion", "材料齐全，予以受理"));
        assertThat(twice.isProblem(409)).as(twice.toString()).isTrue();
        assertThat(twice.json().path("allowedActions").isArray()).isTrue();

        String citizen = gateway.signIn("zhangsan");
        await("the citizen sees ACCEPTED").atMost(EVENTUALLY).untilAsserted(() -> {
            Gateway.Response application = gateway.get("/api/portal/v1/applications/" + applicationId, citizen);
            assertThat(application.text("status")).as(application.body()).isEqualTo("ACCEPTED");
            assertThat(application.json().path("timeline").isArray()).isTrue();
        });
    }

    @Test
    @Order(6)
    void theSupervisorFindsTheWholeJourneyInTheEventLog() {
        String supervisor = gateway.signIn("supervisor");
        await("the journey's events in the event log").atMost(EVENTUALLY).untilAsserted(() -> {
            assertThat(eventTypes(gateway.get("/api/data-sharing/v1/event-log?subject=" + trackingNumber + "&size=100", supervisor)))
                    .contains("portal.application.submitted.v1", "processing.case.received.v1", "processing.case.accepted.v1");
            assertThat(eventTypes(gateway.get("/api/data-sharing/v1/event-log?subject=" + ITEM_CODE + "&size=100", supervisor)))
                    .contains("management.service-item.published.v1");
        });
    }

    @Test
    @Order(7)
    void aMalformedJsonBodyIsABadRequestWithAProblem() {
        Gateway.Response response = gateway.postRaw("/api/portal/v1/applications", gateway.signIn("zhangsan"),
                "{\"itemCode\": \"" + ITEM_CODE + "\", \"formData\": {", Map.of("Idempotency-Key", UUID.randomUUID().toString()));

        assertThat(response.isProblem(400)).as(response.toString()).isTrue();
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private static List<String> codes(Gateway.Response page) {
        assertThat(page.status()).as(page.body()).isEqualTo(200);
        List<String> codes = new ArrayList<>();
        page.json().path("content").forEach(item -> codes.add(item.path("code").asString()));
        return codes;
    }

    private JsonNode caseOf(Gateway.Response page) {
        assertThat(page.status()).as(page.body()).isEqualTo(200);
        for (JsonNode candidate : page.json().path("content")) {
            if (candidate.path("applicationId").asString().equals(applicationId)) {
                return candidate;
            }
        }
        return MissingNode.getInstance();
    }

    private static List<String> eventTypes(Gateway.Response page) {
        assertThat(page.status()).as(page.body()).isEqualTo(200);
        List<String> types = new ArrayList<>();
        page.json().path("content").forEach(event -> types.add(event.path("type").asString()));
        return types;
    }
}
