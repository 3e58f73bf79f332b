package org.onestop.processing.materials;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.onestop.contracts.Topics;
import org.onestop.contracts.portal.ApplicationSubmitted;
import org.onestop.contracts.portal.SubmittedMaterial;
import org.onestop.testsupport.ApiClient;
import org.onestop.testsupport.ServiceIntegrationTest;
import org.onestop.testsupport.TestEvents;
import org.onestop.testsupport.TestTokens;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * Materials come with the application; those supplied by an e-certificate number are checked
 * against a registry played by a real HTTP server, after intake with processing's own token (got
 * from a token endpoint played by another real HTTP server with the client-credentials grant, and
 * reused) and with the staff member's own token when they ask; a registry that is down leaves the
 * material UNVERIFIED with the reason and the case open, and a later check settles it.
 */
@ServiceIntegrationTest
class MaterialsIT {

    private static final Duration EVENTUALLY = Duration.ofSeconds(20);
    private static final String CASES = "/api/processing/v1/cases";
    private static final String APPLICANT = "citizen-materials";
    private static final String CLIENT_ID = "onestop-processing";
    private static final String CLIENT_SECRET = "materials-it-secret";
    private static final TokenEndpointStub PORTAL = TokenEndpointStub.start(CLIENT_ID, CLIENT_SECRET, 1800);
    private static final RegistryStub REGISTRY = RegistryStub.start()
            .knows("CERT-VALID-1", true, "VALID", "Signed by 330100-AMR, trust level A")
            .knows("CERT-REVOKED-1", false, "REVOKED", "Revoked by the issuer: licence withdrawn")
            .knows("CERT-EXPIRED-1", false, "EXPIRED", "Expired on 2025-12-31")
            .knowsHeldBy("CERT-NOT-HIS-1", "citizen-someone-else")
            .knowsHeldBy("CERT-HIS-1", APPLICANT)
            .knows("CERT-LATER-1", true, "VALID", "Signed by 330100-AMR, trust level A");

    private final ApiClient api;
    private final JdbcClient jdbc;
    private final MaterialVerification verification;

    @Autowired
    MaterialsIT(@Value("${local.server.port}") int port, JdbcClient jdbc, MaterialVerification verification) {
        this.api = ApiClient.onPort(port);
        this.jdbc = jdbc;
        this.verification = verification;
    }

    @DynamicPropertySource
    static void registry(DynamicPropertyRegistry properties) {
        properties.add("onestop.services.data-sharing", REGISTRY::baseUrl);
        properties.add("onestop.processing.registry.token-url", PORTAL::url);
        properties.add("onestop.processing.registry.client-id", () -> CLIENT_ID);
        properties.add("onestop.processing.registry.client-secret", () -> CLIENT_SECRET);
        // The scheduler stays out of the way; the test runs its round itself.
        properties.add("onestop.processing.registry.recheck-interval", () -> "1h");
    }

    @AfterAll
    static void stopRegistryAndPortal() {
        REGISTRY.stop();
        PORTAL.stop();
    }

    private static SubmittedMaterial upload(String name) {
        return new SubmittedMaterial(name, null, null, "file-" + UUID.randomUUID(), name + ".pdf", "application/pdf",
                2048, "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08");
    }

    private static SubmittedMaterial certificate(String name, String number) {
        return new SubmittedMaterial(name, "BUSINESS_LICENCE", number, null, null, null, 0, null);
    }

    private JsonNode submit(String trackingNumber, SubmittedMaterial... materials) {
        TestEvents.publish(Topics.APPLICATION, new ApplicationSubmitted(UUID.randomUUID().toString(), trackingNumber,
                "330100-SP-7001", 1, "食品经营许可证核发", APPLICANT, "张三", "NATURAL_PERSON", Map.of(), "330100",
                TestTokens.DEPARTMENT, "web", Instant.now(), List.of(materials)));
        return await().atMost(EVENTUALLY).until(() -> find(trackingNumber), node -> node != null);
    }

    private JsonNode find(String trackingNumber) {
        for (JsonNode node : api.get(CASES + "?size=100", TestTokens.clerk()).json().path("content")) {
            if (node.path("trackingNumber").asText().equals(trackingNumber)) {
                return node;
            }
        }
        return null;
    }

    /** The case's materials once the registry check that follows intake is done (read as stored, without a view's check). */
    private List<String> settledVerifications(String caseId, int expected) {
        return await().atMost(EVENTUALLY).until(() -> jdbc.sql("""
                        select verification from case_material where case_id = ? order by correction_round, position""")
                .param(UUID.fromString(caseId)).query(String.class).list(),
                list -> list.size() == expected && !list.contains("PENDING"));
    }

    @Test
    void uploadsAreKeptAndCertificatesAreVerifiedWithTheRegistry() {
        String id = submit("TN-MAT-1", upload("营业执照副本"), certificate("营业执照", "CERT-VALID-1"),
                certificate("食品经营许可证", "CERT-REVOKED-1"), certificate("健康证明", "CERT-EXPIRED-1"),
                certificate("身份证明", "CERT-UNKNOWN-1")).path("id").asText();

        assertThat(settledVerifications(id, 5)).containsExactly("UPLOADED", "VERIFIED", "REJECTED", "REJECTED",
                "REJECTED");
        JsonNode materials = api.get(CASES + "/" + id, TestTokens.clerk()).json().path("materials");
        assertThat(materials.get(0).path("fileName").asText()).isEqualTo("营业执照副本.pdf");
        assertThat(materials.get(0).path("sha256").asText()).hasSize(64);
        assertThat(materials.get(0).path("correctionRound").asInt()).isZero();
        assertThat(materials.get(1).path("certificateNumber").asText()).isEqualTo("CERT-VALID-1");
        assertThat(materials.get(1).path("verificationReason").asText()).startsWith("VALID");
        assertThat(materials.get(1).path("checkedAt").isNull()).isFalse();
        assertThat(materials.get(2).path("verificationReason").asText()).startsWith("REVOKED: Revoked by the issuer");
        assertThat(materials.get(3).path("verificationReason").asText()).startsWith("EXPIRED");
        assertThat(materials.get(4).path("verificationReason").asText()).contains("no such certificate");
        assertThat(PORTAL.issued()).isNotEmpty();
        assertThat(REGISTRY.authorizations()).contains("Bearer " + PORTAL.issued().get(0));
    }

    @Test
    void processingsOwnTokenIsObtainedOnceAndReusedForLaterCases() {
        settledVerifications(submit("TN-MAT-TOKEN-1", certificate("营业执照", "CERT-VALID-1")).path("id").asText(), 1);
        settledVerifications(submit("TN-MAT-TOKEN-2", certificate("营业执照", "CERT-VALID-1")).path("id").asText(), 1);

        assertThat(PORTAL.issued()).as("one token, good for 30 minutes, serves every check").hasSize(1);
        assertThat(PORTAL.basicCredentials()).containsOnly(CLIENT_ID + ":" + CLIENT_SECRET);
        assertThat(REGISTRY.authorizations()).contains("Bearer " + PORTAL.issued().get(0));
    }

    @Test
    void aCertificateOfSomeoneElseIsRejectedWhenTheRegistryNamesTheHolder() {
        String id = submit("TN-MAT-HOLDER", certificate("营业执照", "CERT-NOT-HIS-1"), certificate("许可证", "CERT-HIS-1"))
                .path("id").asText();

        assertThat(settledVerifications(id, 2)).containsExactly("REJECTED", "VERIFIED");
        JsonNode materials = api.get(CASES + "/" + id, TestTokens.clerk()).json().path("materials");
        assertThat(materials.get(0).path("verificationReason").asText()).isEqualTo("The certificate is not the applicant's");
    }

    /** A case opened while the registry is down, with one certificate reference; the registry is up again after. */
    private String openedWhileTheRegistryIsDown(String trackingNumber) {
        REGISTRY.stop();
        try {
            JsonNode opened = submit(trackingNumber, certificate("营业执照", "CERT-LATER-1"));
            String id = opened.path("id").asText();
            assertThat(opened.path("state").asText()).isEqualTo("SUBMITTED");
            assertThat(settledVerifications(id, 1)).containsExactly("UNVERIFIED");
            JsonNode material = api.get(CASES + "/" + id, TestTokens.clerk()).json().path("materials").get(0);
            assertThat(material.path("verificationReason").asText()).startsWith("Registry not reached");
            return id;
        } finally {
            REGISTRY.restart();
        }
    }

    /** The pause before the next check is over. */
    private void dueAgain(String caseId) {
        jdbc.sql("update case_material set next_check_at = now() - interval '1 second' where case_id = ?")
                .param(UUID.fromString(caseId)).update();
    }

    @Test
    void aRegistryThatIsDownLeavesTheMaterialUnverifiedAndALaterCheckSettlesIt() {
        String id = openedWhileTheRegistryIsDown("TN-MAT-DOWN");

        // A clerk asks for the check: it goes to the registry with the clerk's own token.
        String materialId = api.get(CASES + "/" + id, TestTokens.clerk()).json().path("materials").get(0).path("id").asText();
        String clerk = TestTokens.clerk();
        var checked = api.post(CASES + "/" + id + "/materials/" + materialId + "/verification", clerk, Map.of());

        assertThat(checked.status()).isEqualTo(200);
        assertThat(checked.text("verification")).isEqualTo("VERIFIED");
        assertThat(REGISTRY.authorizations()).last().isEqualTo("Bearer " + clerk);
    }

    @Test
    void theSchedulerChecksAgainWhatTheRegistryDidNotAnswer() {
        String id = openedWhileTheRegistryIsDown("TN-MAT-LATER");
        dueAgain(id);

        verification.recheckDue();

        assertThat(jdbc.sql("select verification from case_material where case_id = ?").param(UUID.fromString(id))
                .query(String.class).single()).isEqualTo("VERIFIED");
    }

    @Test
    void staffOpeningTheCaseHaveAnUnansweredCheckDoneAsThemselves() {
        String id = openedWhileTheRegistryIsDown("TN-MAT-VIEW");
        dueAgain(id);
        String reviewer = TestTokens.staff("reviewer-view", "REVIEWER", TestTokens.DEPARTMENT);

        JsonNode material = api.get(CASES + "/" + id, reviewer).json().path("materials").get(0);

        assertThat(material.path("verification").asText()).isEqualTo("VERIFIED");
        assertThat(REGISTRY.authorizations()).last().isEqualTo("Bearer " + reviewer);
    }

    @Test
    void onlyTheDepartmentsHandlingStaffHaveMaterialsChecked() {
        String id = submit("TN-MAT-GUARD", upload("申请书"), certificate("营业执照", "CERT-VALID-1")).path("id").asText();
        settledVerifications(id, 2);
        JsonNode materials = api.get(CASES + "/" + id, TestTokens.clerk()).json().path("materials");
        String upload = materials.get(0).path("id").asText();
        String certificate = materials.get(1).path("id").asText();
        String path = CASES + "/" + id + "/materials/";

        assertThat(api.post(path + certificate + "/verification", TestTokens.staff("c2", "CLERK", "330100-TAX"), Map.of())
                .status()).as("another department").isEqualTo(404);
        assertThat(api.post(path + certificate + "/verification", TestTokens.staff("s1", "SUPERVISOR",
                TestTokens.DEPARTMENT), Map.of()).status()).as("a supervisor").isEqualTo(403);
        assertThat(api.post(path + certificate + "/verification", TestTokens.citizen(APPLICANT), Map.of()).status())
                .as("the applicant").isEqualTo(403);
        assertThat(api.post(path + UUID.randomUUID() + "/verification", TestTokens.clerk(), Map.of()).status())
                .as("unknown material").isEqualTo(404);
        var onUpload = api.post(path + upload + "/verification", TestTokens.clerk(), Map.of());
        assertThat(onUpload.status()).as("an upload").isEqualTo(409);
        assertThat(onUpload.contentType()).startsWith("application/problem+json");
    }
}
