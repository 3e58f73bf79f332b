package org.onestop.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.onestop.contracts.Topics;
import org.onestop.contracts.management.FormField;
import org.onestop.contracts.management.ServiceGuide;
import org.onestop.contracts.management.ServiceItemPublished;
import org.onestop.contracts.processing.CaseAccepted;
import org.onestop.contracts.processing.CaseReceived;
import org.onestop.contracts.processing.CorrectionRequested;
import org.onestop.testsupport.ApiClient;
import org.onestop.testsupport.EventProbe;
import org.onestop.testsupport.ServiceIntegrationTest;
import org.onestop.testsupport.TestEvents;
import org.springframework.beans.factory.annotation.Value;

@ServiceIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PortalJourneyIT {

    private static final String ITEM = "330100-SP-1001";
    private static final Duration EVENTUALLY = Duration.ofSeconds(20);

    private final ApiClient api;

    PortalJourneyIT(@Value("${local.server.port}") int port) {
        this.api = ApiClient.onPort(port);
    }

    @BeforeAll
    void anItemIsPublished() {
        var published = new ServiceItemPublished(UUID.randomUUID().toString(), ITEM, 1, "食品经营许可证核发",
                "ADMINISTRATIVE_LICENSING", "330100", "330100-AMR", "杭州市市场监督管理局", 20, 10,
                List.of(new FormField("shopName", "店铺名称", "string", true, 1, List.of()),
                        new FormField("area", "经营面积", "number", false, 2, List.of())),
                "web", Instant.now(), ServiceGuide.empty());
        String eventId = TestEvents.publish(Topics.SERVICE_ITEM, published);
        TestEvents.publish(Topics.SERVICE_ITEM, published, eventId);
        await().atMost(EVENTUALLY).until(() -> api.get("/api/portal/v1/catalog/items/" + ITEM, null).status() == 200);
    }

    private String signIn(String username) {
        var response = api.post("/api/portal/v1/auth/token", null, Map.of("username", username, "password", "onestop-demo"));
        assertThat(response.status()).isEqualTo(200);
        return response.text("accessToken");
    }

    @Test
    void theCatalogIsPublicAndSearchable() {
        var found = api.get("/api/portal/v1/catalog/items?q=食品", null);

        assertThat(found.status()).isEqualTo(200);
        assertThat(found.json().path("content").get(0).path("code").asText()).isEqualTo(ITEM);
        assertThat(found.json().path("totalElements").asInt()).isEqualTo(1);
    }

    @Test
    void demoAccountsSignInAndWrongPasswordsDoNot() {
        assertThat(signIn("zhangsan")).isNotBlank();
        var refused = api.post("/api/portal/v1/auth/token", null, Map.of("username", "zhangsan", "password", "guess"));
        assertThat(refused.status()).isEqualTo(401);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(api.get("/api/portal/v1/auth/jwks", null).json().path("keys").get(0).path("kty").asText()).isEqualTo("RSA");
    }

    @Test
    void anApplicationIsSubmittedOncePublishedAndFollowsItsCase() {
        String citizen = signIn("zhangsan");
        try (EventProbe probe = EventProbe.on(Topics.APPLICATION)) {
            var submitted = api.post("/api/portal/v1/applications", citizen,
                    Map.of("itemCode", ITEM, "formData", Map.of("shopName", "张三小吃"), "status", "CONCLUDED"),
                    Map.of("Idempotency-Key", "k-1", "X-Channel", "wechat"));
            assertThat(submitted.status()).isEqualTo(201);
            assertThat(submitted.text("status")).isEqualTo("SUBMITTED");
            assertThat(submitted.text("channel")).isEqualTo("wechat");
            String id = submitted.text("id");
            String trackingNumber = submitted.text("trackingNumber");
            assertThat(trackingNumber).startsWith("330100-");

            await().atMost(EVENTUALLY).until(() -> probe.poll().stream().anyMatch(r -> r.key().equals(id)));
            var event = probe.poll().stream().filter(r -> r.key().equals(id)).findFirst().orElseThrow();
            assertThat(event.headers()).containsEntry("ce_type", "portal.application.submitted.v1")
                    .containsEntry("ce_subject", trackingNumber).containsEntry("channel", "wechat")
                    .containsEntry("department", "330100-AMR");

            String caseId = UUID.randomUUID().toString();
            TestEvents.publish(Topics.CASE, new CaseReceived(caseId, id, trackingNumber, ITEM, 1, "330100", "330100-AMR",
                    "wechat", Instant.now()));
            TestEvents.publish(Topics.CASE, new CaseAccepted(caseId, id, trackingNumber, "clerk", "材料齐全", "330100",
                    "330100-AMR", "hall", Instant.now()));

            await().atMost(EVENTUALLY).until(() -> api.get("/api/portal/v1/applications/" + id, citizen)
                    .text("status").equals("ACCEPTED"));
            var seen = api.get("/api/portal/v1/applications/" + id, citizen).json();
            assertThat(seen.path("caseId").asText()).isEqualTo(caseId);
            assertThat(seen.path("timeline").findValuesAsString("status")).containsExactly("SUBMITTED", "SUBMITTED", "ACCEPTED");

            TestEvents.publish(Topics.CASE, new CorrectionRequested(caseId, id, trackingNumber, "clerk",
                    List.of("营业执照副本", "健康证明"), null, "330100", "330100-AMR", "hall", Instant.now()));
            await().atMost(EVENTUALLY).until(() -> api.get("/api/portal/v1/applications/" + id, citizen)
                    .text("status").equals("CORRECTION_REQUESTED"));
            assertThat(api.get("/api/portal/v1/applications/" + id, citizen).json().path("timeline").get(3)
                    .path("note").asText()).contains("营业执照副本", "健康证明");
        }
    }

    @Test
    void aRepeatedSubmissionWithTheSameKeyReturnsTheFirst() {
        String citizen = signIn("zhangsan");
        var body = Map.of("itemCode", ITEM, "formData", Map.of("shopName", "重复提交"));
        var first = api.post("/api/portal/v1/applications", citizen, body, Map.of("Idempotency-Key", "same-key"));
        var again = api.post("/api/portal/v1/applications", citizen, body, Map.of("Idempotency-Key", "same-key"));

        assertThat(first.status()).isEqualTo(201);
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.text("trackingNumber")).isEqualTo(first.text("trackingNumber"));
    }

    @Test
    void nobodyElseSeesAnApplication() {
        var submitted = api.post("/api/portal/v1/applications", signIn("zhangsan"),
                Map.of("itemCode", ITEM, "formData", Map.of("shopName", "私人")));

        var asEnterprise = api.get("/api/portal/v1/applications/" + submitted.text("id"), signIn("acme"));

        assertThat(asEnterprise.status()).isEqualTo(404);
        assertThat(asEnterprise.contentType()).startsWith("application/problem+json");
    }

    @Test
    void staffCannotSubmitApplications() {
        var refused = api.post("/api/portal/v1/applications", signIn("clerk"),
                Map.of("itemCode", ITEM, "formData", Map.of("shopName", "x")));

        assertThat(refused.status()).isEqualTo(403);
    }

    @Test
    void formDataIsCheckedAgainstTheItemsFormFieldByField() {
        var refused = api.post("/api/portal/v1/applications", signIn("zhangsan"),
                Map.of("itemCode", ITEM, "formData", Map.of("area", "big", "colour", "red")));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().path("errors").findValuesAsString("field"))
                .containsExactlyInAnyOrder("formData.shopName", "formData.area", "formData.colour");
    }

    @Test
    void anUnpublishedItemCannotBeAppliedFor() {
        var refused = api.post("/api/portal/v1/applications", signIn("zhangsan"),
                Map.of("itemCode", "NOPE-0000", "formData", Map.of()));

        assertThat(refused.status()).isEqualTo(404);
        assertThat(refused.text("detail")).contains("NOPE-0000");
    }

    @Test
    void myApplicationsArePaged() {
        String citizen = signIn("acme");
        api.post("/api/portal/v1/applications", citizen, Map.of("itemCode", ITEM, "formData", Map.of("shopName", "一")));
        api.post("/api/portal/v1/applications", citizen, Map.of("itemCode", ITEM, "formData", Map.of("shopName", "二")));

        var page = api.get("/api/portal/v1/applications?size=1", citizen).json();

        assertThat(page.path("content").size()).isEqualTo(1);
        assertThat(page.path("totalElements").asInt()).isEqualTo(2);
    }
}
