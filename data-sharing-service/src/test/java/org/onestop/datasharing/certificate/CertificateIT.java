package org.onestop.datasharing.certificate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.onestop.contracts.Topics;
import org.onestop.contracts.management.ServiceGuide;
import org.onestop.contracts.management.ServiceItemPublished;
import org.onestop.contracts.processing.CaseConcluded;
import org.onestop.testsupport.ApiClient;
import org.onestop.testsupport.EventProbe;
import org.onestop.testsupport.TestEvents;
import org.onestop.testsupport.ServiceIntegrationTest;
import org.onestop.testsupport.TestTokens;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;

@ServiceIntegrationTest
class CertificateIT {

    private static final String CERTIFICATES = "/api/data-sharing/v1/certificates";

    private final ApiClient api;
    private final JdbcClient jdbc;

    @Autowired
    CertificateIT(@Value("${local.server.port}") int port, JdbcClient jdbc) {
        this.api = ApiClient.onPort(port);
        this.jdbc = jdbc;
    }

    private static String verifier() {
        return TestTokens.issue("system-tax", "system-tax", "税务系统", List.of("DEPARTMENT_SYSTEM"), "330100-TAX", "330100");
    }

    private String issue(String holder) {
        var issued = api.post(CERTIFICATES, TestTokens.clerk(), Map.of("type", "食品经营许可证", "holderId", holder,
                "holderName", "张三", "validUntil", "2031-11-25", "data", Map.of("shopName", "张三小吃", "scope", "热食类")));
        assertThat(issued.status()).as(issued.body()).isEqualTo(201);
        return issued.text("number");
    }

    private String verdictOf(String number) {
        var verdict = api.get(CERTIFICATES + "/" + number + "/verification", verifier());
        assertThat(verdict.status()).isEqualTo(200);
        return verdict.text("status");
    }

    @Test
    void anIssuedCertificateVerifiesUntilItsIssuerRevokesIt() {
        String number = issue("citizen-1");
        assertThat(verdictOf(number)).isEqualTo("VALID");

        var byAnotherDepartment = api.post(CERTIFICATES + "/" + number + "/revocation",
                TestTokens.staff("tax-clerk", "CLERK", "330100-TAX"), Map.of("reason", "not mine to revoke"));
        assertThat(byAnotherDepartment.status()).isEqualTo(403);

        var revoked = api.post(CERTIFICATES + "/" + number + "/revocation", TestTokens.clerk(), Map.of("reason", "经营者申请注销"));
        assertThat(revoked.status()).isEqualTo(200);
        var verdict = api.get(CERTIFICATES + "/" + number + "/verification", verifier());
        assertThat(verdict.text("status")).isEqualTo("REVOKED");
        assertThat(verdict.json().path("valid").asBoolean()).isFalse();
        assertThat(verdict.text("reason")).contains("经营者申请注销");
    }

    @Test
    void theVerificationNamesTheHolderAndMasksAnIdentityNumber() {
        String ofAnAccount = issue("0b5e6f4a-6c1e-4f5e-9a52-3c1b2d4e5f60");
        String ofAPerson = issue("330106199003071236");

        var account = api.get(CERTIFICATES + "/" + ofAnAccount + "/verification", verifier());
        var person = api.get(CERTIFICATES + "/" + ofAPerson + "/verification", verifier());

        assertThat(account.text("holderId")).isEqualTo("0b5e6f4a-6c1e-4f5e-9a52-3c1b2d4e5f60");
        assertThat(person.text("status")).isEqualTo("VALID");
        assertThat(person.text("holderId")).isEqualTo("330106********1236");
        assertThat(person.body()).doesNotContain("330106199003071236");
    }

    @Test
    void aCertificateChangedBehindTheIssuersBackFailsVerification() {
        String number = issue("citizen-2");

        jdbc.sql("update certificate set data = jsonb_set(data, '{scope}', '\"全部\"') where number = ?").param(number).update();

        assertThat(verdictOf(number)).isEqualTo("TAMPERED");
    }

    @Test
    void holdersSeeTheirOwnCertificatesAndNobodyElses() {
        String number = issue("citizen-3");

        var mine = api.get(CERTIFICATES + "/mine", TestTokens.citizen("citizen-3")).json();
        assertThat(mine.path("content").get(0).path("number").asText()).isEqualTo(number);
        assertThat(api.get(CERTIFICATES + "/" + number, TestTokens.citizen("citizen-3")).status()).isEqualTo(200);
        assertThat(api.get(CERTIFICATES + "/" + number, TestTokens.citizen("citizen-4")).status()).isEqualTo(404);
        assertThat(api.get(CERTIFICATES + "/mine", TestTokens.citizen("citizen-4")).json().path("totalElements").asInt())
                .isZero();
    }

    @Test
    void verifyingAnUnknownNumberIsAClearNotFoundAndIsAudited() {
        var unknown = api.get(CERTIFICATES + "/NOPE-1/verification", verifier());

        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.contentType()).startsWith("application/problem+json");
        assertThat(jdbc.sql("select count(*) from audit_entry where target = 'NOPE-1' and outcome = 'unknown'")
                .query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void aValidityPeriodThatEndsBeforeItStartsIsRefused() {
        var refused = api.post(CERTIFICATES, TestTokens.clerk(), Map.of("type", "x", "holderId", "h", "holderName", "n",
                "validFrom", "2027-01-01", "validUntil", "2026-01-01", "data", Map.of()));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().path("errors").get(0).path("field").asText()).isEqualTo("validUntil");
    }

    @Test
    void anApprovedCaseGetsItsCertificateOnceAndThePortalHearsOfIt() {
        try (EventProbe certificates = EventProbe.on(Topics.CERTIFICATE)) {
            var approved = new CaseConcluded("case-77", "app-77", "TN-77", "APPROVED", "符合条件", "approver",
                    "330100-SP-0077", 1, "食品经营许可证核发", "citizen-77", "张三", "330100", TestTokens.DEPARTMENT,
                    "web", Instant.now(), 20, 12, true);
            String first = TestEvents.publish(Topics.CASE, approved);
            TestEvents.publish(Topics.CASE, approved, first);
            String last = TestEvents.publish(Topics.CASE, approved);
            TestEvents.publish(Topics.CASE, new CaseConcluded("case-78", "app-78", "TN-78", "DENIED", "材料不符",
                    "approver", "330100-SP-0077", 1, "食品经营许可证核发", "citizen-77", "张三", "330100",
                    TestTokens.DEPARTMENT, "web", Instant.now(), 20, 3, true));

            await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.sql(
                    "select count(*) from processed_event where consumer = 'data-sharing.certificate-issuance' and event_id = ?")
                    .param(last).query(Long.class).single() == 1);
            var mine = api.get(CERTIFICATES + "/mine", TestTokens.citizen("citizen-77")).json();
            assertThat(mine.path("totalElements").asInt()).isEqualTo(1);
            String number = mine.path("content").get(0).path("number").asText();
            assertThat(verdictOf(number)).isEqualTo("VALID");
            await().atMost(Duration.ofSeconds(30)).until(() -> certificates.poll().stream()
                    .anyMatch(r -> r.value().contains("\"sourceCaseId\":\"case-77\"")));
            assertThat(certificates.poll()).filteredOn(r -> r.value().contains("\"sourceCaseId\":\"case-77\""))
                    .extracting(r -> r.key()).containsExactly(number);
        }
    }

    @Test
    void theCertificateOfAnApprovedCaseIsOfTheTypeTheItemsGuideNamesForItsResult() {
        publishItem("330100-SP-0081", new ServiceGuide(null, null, null, null, null, null, null, null, null, null, null,
                null, null, null, null, null, null, null, null, "CERTIFICATE", "营业执照", "BUSINESS_LICENSE", null, false,
                false, false, false));
        publishItem("330100-SP-0082", new ServiceGuide(null, null, null, null, null, null, null, null, null, null, null,
                null, null, null, null, null, null, null, null, "CERTIFICATE", "食品经营许可证", null, false, false, false,
                false));

        approve("case-81", "330100-SP-0081", "citizen-81");
        approve("case-82", "330100-SP-0082", "citizen-82");

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            assertThat(api.get(CERTIFICATES + "/mine", TestTokens.citizen("citizen-81")).json().path("content")
                    .findValuesAsString("type")).containsExactly("BUSINESS_LICENSE");
            // a guide that names no type: the result's name, as before
            assertThat(api.get(CERTIFICATES + "/mine", TestTokens.citizen("citizen-82")).json().path("content")
                    .findValuesAsString("type")).containsExactly("食品经营许可证");
        });
    }

    /** Publishes an item version and waits until the event log holds it, as it would long before any case. */
    private void publishItem(String code, ServiceGuide guide) {
        String eventId = TestEvents.publish(Topics.SERVICE_ITEM, new ServiceItemPublished(UUID.randomUUID().toString(),
                code, 1, "测试事项", "PUBLIC_SERVICE", "330100", TestTokens.DEPARTMENT, "杭州市市场监督管理局", 5, 3, List.of(),
                "web", Instant.now(), guide));
        await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.sql("select count(*) from event_log where event_id = ?")
                .param(eventId).query(Long.class).single() == 1);
    }

    private void approve(String caseId, String itemCode, String applicant) {
        TestEvents.publish(Topics.CASE, new CaseConcluded(caseId, "app-" + caseId, "TN-" + caseId, "APPROVED", null,
                "approver", itemCode, 1, "测试事项", applicant, "张三", "330100", TestTokens.DEPARTMENT, "web", Instant.now(),
                3, 1, true));
    }
}
