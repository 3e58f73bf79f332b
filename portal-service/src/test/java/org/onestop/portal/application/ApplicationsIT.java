package org.onestop.portal.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.onestop.contracts.Topics;
import org.onestop.contracts.datasharing.CertificateIssued;
import org.onestop.contracts.datasharing.CertificateRevoked;
import org.onestop.contracts.management.FormField;
import org.onestop.contracts.management.ServiceGuide;
import org.onestop.contracts.management.ServiceItemPublished;
import org.onestop.contracts.processing.CaseConcluded;
import org.onestop.contracts.processing.CaseReceived;
import org.onestop.contracts.processing.CorrectionRequested;
import org.onestop.testsupport.ApiClient;
import org.onestop.testsupport.ApiClient.Response;
import org.onestop.testsupport.EventProbe;
import org.onestop.testsupport.ServiceIntegrationTest;
import org.onestop.testsupport.TestEvents;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@ServiceIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ApplicationsIT {

    private static final String ITEM = "330100-XK-2001";
    private static final String PLAIN_ITEM = "330100-XK-2002";
    private static final String LICENCE = "营业执照";
    private static final String IDENTITY = "身份证明";
    private static final Duration EVENTUALLY = Duration.ofSeconds(20);
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final byte[] PDF = "%PDF-1.7\n1 0 obj <<>> endobj\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13};

    private final ApiClient api;
    private final JwtEncoder tokens;
    private String citizen;
    private String citizenId;
    private String enterprise;
    private String enterpriseId;

    ApplicationsIT(@Value("${local.server.port}") int port, @Autowired JwtEncoder tokens) {
        this.api = ApiClient.onPort(port);
        this.tokens = tokens;
    }

    @BeforeAll
    void itemsArePublishedAndTheApplicantsSignedIn() {
        var materials = List.of(
                new ServiceGuide.Material(LICENCE, "ELECTRONIC", "REQUIRED", "GOVERNMENT", 1, null, null, "BUSINESS_LICENCE", null),
                new ServiceGuide.Material(IDENTITY, "COPY", "REQUIRED", "APPLICANT", 1, null, null, null, null),
                new ServiceGuide.Material("场所证明", "COPY", "OPTIONAL", "APPLICANT", 1, null, null, null, null));
        publish(ITEM, "药品经营许可证核发", guideWith(materials));
        publish(PLAIN_ITEM, "户外广告设置许可", ServiceGuide.empty());
        citizen = signIn("zhangsan");
        citizenId = subjectOf(citizen);
        enterprise = signIn("acme");
        enterpriseId = subjectOf(enterprise);
    }

    // --- drafts ---------------------------------------------------------------------------------

    @Test
    void aDraftKeepsIncompleteFormDataIsListedAndDeletedAndNobodyElseSeesIt() {
        var created = api.post("/api/portal/v1/applications/drafts", citizen,
                Map.of("itemCode", ITEM, "formData", Map.of("area", "not yet a number")));
        assertThat(created.status()).isEqualTo(201);
        String path = "/api/portal/v1/applications/drafts/" + created.text("id");

        var updated = api.put(path, citizen, Map.of("formData", Map.of("shopName", "草稿药房")));
        assertThat(updated.status()).isEqualTo(200);
        assertThat(updated.json().path("formData").path("shopName").asText()).isEqualTo("草稿药房");
        assertThat(api.get("/api/portal/v1/applications/drafts?size=100", citizen).json().path("content")
                .findValuesAsString("id")).contains(created.text("id"));
        assertThat(api.get(path, enterprise).status()).isEqualTo(404);
        assertThat(api.put(path, enterprise, Map.of("formData", Map.of())).status()).isEqualTo(404);
        assertThat(api.delete(path, enterprise).status()).isEqualTo(404);

        assertThat(api.delete(path, citizen).status()).isEqualTo(204);
        assertThat(api.get(path, citizen).status()).isEqualTo(404);
    }

    @Test
    void twoUpdatesFromTheSameReadOneIsSavedTheOtherIsA409NamingTheCurrentRevision() throws Exception {
        String path = "/api/portal/v1/applications/drafts/" + newDraft(citizen);
        var read = api.get(path, citizen);
        assertThat(read.header("ETag")).isEqualTo("\"0\"");
        assertThat(read.json().path("revision").asLong()).isZero();

        var first = CompletableFuture.supplyAsync(() -> api.put(path, citizen,
                Map.of("formData", Map.of("shopName", "手机上的药房")), Map.of("If-Match", read.header("ETag"))));
        var second = CompletableFuture.supplyAsync(() -> api.put(path, citizen,
                Map.of("formData", Map.of("shopName", "电脑上的药房")), Map.of("If-Match", read.header("ETag"))));
        List<Response> both = List.of(first.get(), second.get());

        assertThat(both).extracting(Response::status).containsExactlyInAnyOrder(200, 409);
        Response saved = both.stream().filter(r -> r.status() == 200).findFirst().orElseThrow();
        Response refused = both.stream().filter(r -> r.status() == 409).findFirst().orElseThrow();
        assertThat(saved.header("ETag")).isEqualTo("\"1\"");
        assertThat(saved.json().path("revision").asLong()).isEqualTo(1);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.json().path("currentRevision").asLong()).isEqualTo(1);
        var stored = api.get(path, citizen);
        assertThat(stored.json().path("formData").path("shopName").asText())
                .isEqualTo(saved.json().path("formData").path("shopName").asText());

        var fresh = api.put(path, citizen, Map.of("formData", Map.of("shopName", "重读后的药房")),
                Map.of("If-Match", stored.header("ETag")));
        assertThat(fresh.status()).isEqualTo(200);
        assertThat(fresh.header("ETag")).isEqualTo("\"2\"");
        assertThat(api.get(path, citizen).json().path("formData").path("shopName").asText()).isEqualTo("重读后的药房");
    }

    @Test
    void ifMatchIsOptionalAndAMalformedOneIsA400() {
        String path = "/api/portal/v1/applications/drafts/" + newDraft(citizen);

        var unconditional = api.put(path, citizen, Map.of("formData", Map.of("shopName", "无条件")));
        var anyRevision = api.put(path, citizen, Map.of("formData", Map.of("shopName", "任意")), Map.of("If-Match", "*"));
        var weak = api.put(path, citizen, Map.of("formData", Map.of()), Map.of("If-Match", "W/\"2\""));

        assertThat(unconditional.status()).isEqualTo(200);
        assertThat(unconditional.json().path("revision").asLong()).isEqualTo(1);
        assertThat(anyRevision.status()).isEqualTo(200);
        assertThat(anyRevision.json().path("revision").asLong()).isEqualTo(2);
        assertThat(weak.status()).isEqualTo(400);
        assertThat(weak.json().path("errors").findValuesAsString("field")).containsExactly("If-Match");
        assertThat(api.get(path, citizen).json().path("revision").asLong()).isEqualTo(2);
    }

    @Test
    void aMaterialChangeIsANewRevisionAndAStaleIfMatchCannotRemoveOne() {
        String draft = newDraft(citizen);
        String path = "/api/portal/v1/applications/drafts/" + draft;
        var uploaded = upload(draft, citizen, IDENTITY, "id.pdf", "application/pdf", PDF);
        assertThat(uploaded.status()).isEqualTo(201);
        assertThat(api.get(path, citizen).header("ETag")).isEqualTo("\"1\"");

        var stale = api.delete(path + "/materials/" + uploaded.text("id"), citizen, Map.of("If-Match", "\"0\""));
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.json().path("currentRevision").asLong()).isEqualTo(1);
        assertThat(api.get(path, citizen).json().path("materials").findValuesAsString("id")).containsExactly(uploaded.text("id"));

        assertThat(api.delete(path + "/materials/" + uploaded.text("id"), citizen, Map.of("If-Match", "\"1\"")).status())
                .isEqualTo(204);
        var after = api.get(path, citizen);
        assertThat(after.json().path("materials").isEmpty()).isTrue();
        assertThat(after.json().path("revision").asLong()).isEqualTo(2);
    }

    @Test
    void aDraftIsNotSubmittedWithAStaleRevisionButIsWithTheCurrentOne() {
        var created = api.post("/api/portal/v1/applications/drafts", citizen, plainApplication());
        String path = "/api/portal/v1/applications/drafts/" + created.text("id");
        assertThat(api.put(path, citizen, Map.of("formData", Map.of("shopName", "另一台设备改的")),
                Map.of("If-Match", created.header("ETag"))).status()).isEqualTo(200);

        var stale = api.post(path + "/submit", citizen, Map.of(), Map.of("If-Match", created.header("ETag")));
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.json().path("currentRevision").asLong()).isEqualTo(1);
        assertThat(api.get(path, citizen).status()).as("still a draft").isEqualTo(200);

        var submitted = api.post(path + "/submit", citizen, Map.of(), Map.of("If-Match", "\"1\""));
        assertThat(submitted.status()).isEqualTo(201);
        assertThat(submitted.json().path("formData").path("shopName").asText()).isEqualTo("另一台设备改的");
    }

    @Test
    void aDraftForAnItemNotPublishedIsRefusedNamingTheItem() {
        var refused = api.post("/api/portal/v1/applications/drafts", citizen, Map.of("itemCode", "330100-NOPE-1"));

        assertThat(refused.status()).isEqualTo(404);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.text("detail")).contains("330100-NOPE-1");
    }

    // --- uploads --------------------------------------------------------------------------------

    @Test
    void anUploadIsTypedByItsContentKeptWithItsChecksumAndReadableOnlyByItsOwner() {
        String draft = newDraft(citizen);

        var uploaded = upload(draft, citizen, IDENTITY, "id.pdf", "application/octet-stream", PDF);

        assertThat(uploaded.status()).isEqualTo(201);
        assertThat(uploaded.text("contentType")).isEqualTo("application/pdf");
        assertThat(uploaded.text("sha256")).isEqualTo(sha256(PDF));
        assertThat(uploaded.json().path("sizeBytes").asLong()).isEqualTo(PDF.length);
        var mine = api.download(uploaded.text("downloadUrl"), citizen);
        assertThat(mine.status()).isEqualTo(200);
        assertThat(mine.contentType()).isEqualTo("application/pdf");
        assertThat(mine.body()).isEqualTo(PDF);
        assertThat(api.download(uploaded.text("downloadUrl"), enterprise).status()).isEqualTo(404);
        assertThat(api.download(uploaded.text("downloadUrl"), signIn("clerk")).status())
                .as("staff see a file only once it is handed in").isEqualTo(404);
        assertThat(api.get("/api/portal/v1/applications/drafts/" + draft, citizen).json().path("materials")
                .findValuesAsString("sha256")).containsExactly(sha256(PDF));
    }

    @Test
    void aFileThatIsNoPdfJpegPngOrOfdIsRefusedWith415WhateverItClaims() {
        byte[] executable = "MZ\u0090\u0000 this program cannot be run in DOS mode".getBytes(StandardCharsets.ISO_8859_1);

        var refused = upload(newDraft(citizen), citizen, IDENTITY, "id.pdf", "application/pdf", executable);

        assertThat(refused.status()).isEqualTo(415);
        assertThat(refused.contentType()).startsWith("application/problem+json");
    }

    @Test
    void aFileOverTheLimitIsRefusedWith413Problem() {
        byte[] tooLarge = Arrays.copyOf(PDF, 10 * 1024 * 1024 + 1);

        var refused = upload(newDraft(citizen), citizen, IDENTITY, "big.pdf", "application/pdf", tooLarge);

        assertThat(refused.status()).isEqualTo(413);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.text("detail")).contains(String.valueOf(10 * 1024 * 1024));
    }

    @Test
    void aFileBeyondEvenTheMultipartLimitIsStillA413Problem() {
        byte[] huge = Arrays.copyOf(PDF, 33 * 1024 * 1024);

        var refused = upload(newDraft(citizen), citizen, IDENTITY, "huge.pdf", "application/pdf", huge);

        assertThat(refused.status()).isEqualTo(413);
        assertThat(refused.contentType()).startsWith("application/problem+json");
    }

    @Test
    void aDraftHoldsAtMostTheConfiguredNumberOfFiles() {
        String draft = newDraft(citizen);
        for (int i = 0; i < 20; i++) {
            assertThat(upload(draft, citizen, IDENTITY, "page-" + i + ".png", "image/png", PNG).status()).isEqualTo(201);
        }

        var refused = upload(draft, citizen, IDENTITY, "page-20.png", "image/png", PNG);

        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.json().path("maxFiles").asInt()).isEqualTo(20);
    }

    // --- bounds ---------------------------------------------------------------------------------

    @Test
    void formDataOverItsBoundsIsRefusedOneEntryPerFieldAndNothingIsKept() {
        var refused = api.post("/api/portal/v1/applications/drafts", citizen, Map.of("itemCode", ITEM, "formData",
                Map.of("shopName", "药".repeat(501), "remark", "长".repeat(31), "area", Map.of("nested", 1),
                        "tags", List.of(List.of("a")))));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(fieldsOf(refused)).containsExactlyInAnyOrderEntriesOf(Map.of(
                "formData.shopName", "must be at most 500 characters long",
                "formData.remark", "must be at most 30 characters long",
                "formData.area", "must be a value or a list of values, not an object",
                "formData.tags", "a list may hold plain values only"));

        Map<String, Object> tooMany = new HashMap<>();
        for (int i = 0; i < 101; i++) {
            tooMany.put("field" + i, "v");
        }
        var many = api.post("/api/portal/v1/applications/drafts", citizen, Map.of("itemCode", ITEM, "formData", tooMany));
        assertThat(many.status()).isEqualTo(400);
        assertThat(fieldsOf(many)).containsExactly(Map.entry("formData", "may have at most 100 fields"));

        String path = "/api/portal/v1/applications/drafts/" + newDraft(citizen);
        var update = api.put(path, citizen, Map.of("formData", Map.of("shopName", "药".repeat(501))));
        assertThat(update.status()).isEqualTo(400);
        assertThat(fieldsOf(update)).containsOnlyKeys("formData.shopName");
        assertThat(api.get(path, citizen).json().path("formData").path("shopName").asText()).isEqualTo("仁心药房");

        var direct = api.post("/api/portal/v1/applications", citizen, Map.of("itemCode", PLAIN_ITEM, "formData",
                Map.of("shopName", "药".repeat(501))));
        assertThat(direct.status()).isEqualTo(400);
        assertThat(fieldsOf(direct)).containsKey("formData.shopName");
    }

    @Test
    void aBodyOverTheServicesLimitIsA413ProblemAndAValueOverThePlatformsLengthA400() {
        var huge = api.post("/api/portal/v1/applications/drafts", citizen,
                Map.of("itemCode", ITEM, "formData", Map.of("shopName", "x".repeat(10 * 1024 * 1024))));
        assertThat(huge.status()).isEqualTo(413);
        assertThat(huge.contentType()).startsWith("application/problem+json");
        assertThat(huge.text("detail")).isEqualTo("The request body may have at most 1048576 bytes");

        var longCode = api.post("/api/portal/v1/applications/drafts", citizen, Map.of("itemCode", "3".repeat(101)));
        assertThat(longCode.status()).isEqualTo(400);
        assertThat(fieldsOf(longCode)).containsExactly(Map.entry("itemCode", "must be at most 100 characters long"));
    }

    @Test
    void anApplicantKeepsAtMostTheConfiguredNumberOfDraftsAndPendingFiles() {
        String applicant = citizenNamed("bounds-" + UUID.randomUUID());
        List<String> drafts = new java.util.ArrayList<>();
        for (int i = 0; i < 20; i++) {
            drafts.add(newDraft(applicant));
        }
        var oneMore = api.post("/api/portal/v1/applications/drafts", applicant,
                Map.of("itemCode", ITEM, "formData", Map.of("shopName", "又一个")));
        assertThat(oneMore.status()).isEqualTo(409);
        assertThat(oneMore.json().path("maxDrafts").asInt()).isEqualTo(20);

        for (int i = 0; i < 100; i++) {
            var uploaded = upload(drafts.get(i / 20), applicant, IDENTITY, "page-" + i + ".png", "image/png", PNG);
            assertThat(uploaded.status()).as(uploaded.body()).isEqualTo(201);
        }
        var refused = upload(drafts.get(5), applicant, IDENTITY, "page-100.png", "image/png", PNG);
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.json().path("maxPendingFiles").asInt()).isEqualTo(100);

        assertThat(api.delete("/api/portal/v1/applications/drafts/" + drafts.get(0), applicant).status()).isEqualTo(204);
        assertThat(upload(drafts.get(5), applicant, IDENTITY, "page-100.png", "image/png", PNG).status()).isEqualTo(201);
        assertThat(api.post("/api/portal/v1/applications/drafts", applicant,
                Map.of("itemCode", ITEM, "formData", Map.of("shopName", "又一个"))).status()).isEqualTo(201);
    }

    @Test
    void anUploadNamingNoMaterialOfTheItemIsRefusedNamingIt() {
        var refused = upload(newDraft(citizen), citizen, "户口本", "hukou.png", "image/png", PNG);

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().path("errors").findValuesAsString("field")).containsExactly("materials.户口本");
    }

    // --- submission -----------------------------------------------------------------------------

    @Test
    void aDraftWithAnUploadAndAnECertificateIsSubmittedOnceAndTheEventCarriesTheMaterials() {
        String certificate = issueCertificate(citizenId, "BUSINESS_LICENCE", LocalDate.now().plusYears(1));
        String draft = newDraft(citizen);
        var file = upload(draft, citizen, IDENTITY, "身份证.png", "image/png", PNG);
        var reference = api.post("/api/portal/v1/applications/drafts/" + draft + "/materials", citizen,
                Map.of("name", LICENCE, "certificateNumber", certificate));
        assertThat(reference.status()).isEqualTo(201);
        assertThat(reference.text("certificateType")).isEqualTo("BUSINESS_LICENCE");

        try (EventProbe probe = EventProbe.on(Topics.APPLICATION)) {
            var submitted = api.post("/api/portal/v1/applications/drafts/" + draft + "/submit", citizen, Map.of(),
                    Map.of("Idempotency-Key", "draft-" + draft, "X-Channel", "app"));
            var again = api.post("/api/portal/v1/applications/drafts/" + draft + "/submit", citizen, Map.of(),
                    Map.of("Idempotency-Key", "draft-" + draft));

            assertThat(submitted.status()).isEqualTo(201);
            assertThat(submitted.text("id")).isEqualTo(draft);
            assertThat(submitted.text("channel")).isEqualTo("app");
            assertThat(submitted.text("verificationCode")).matches("[A-Z2-9]{8}");
            assertThat(submitted.json().path("materials").findValuesAsString("submittedIn"))
                    .containsOnly("SUBMISSION").hasSize(2);
            assertThat(again.status()).isEqualTo(200);
            assertThat(again.text("trackingNumber")).isEqualTo(submitted.text("trackingNumber"));
            assertThat(again.json().path("verificationCode").isNull()).isTrue();
            assertThat(api.get("/api/portal/v1/applications/drafts/" + draft, citizen).status()).isEqualTo(404);

            JsonNode event = awaitEvent(probe, draft, "portal.application.submitted.v1");
            JsonNode materials = event.path("materials");
            assertThat(materials).hasSize(2);
            JsonNode byFile = materials.get(0).path("fileId").isNull() ? materials.get(1) : materials.get(0);
            JsonNode byCertificate = materials.get(0).path("fileId").isNull() ? materials.get(0) : materials.get(1);
            assertThat(byFile.path("fileId").asText()).isEqualTo(file.text("id"));
            assertThat(byFile.path("sha256").asText()).isEqualTo(sha256(PNG));
            assertThat(byFile.path("contentType").asText()).isEqualTo("image/png");
            assertThat(byCertificate.path("certificateNumber").asText()).isEqualTo(certificate);
            assertThat(byCertificate.path("certificateType").asText()).isEqualTo("BUSINESS_LICENCE");
            assertThat(event.toString()).doesNotContain(Base64.getEncoder().encodeToString(PNG));
        }
        assertThat(api.download(file.text("downloadUrl"), signIn("clerk")).body())
                .as("the clerks of the item's department read handed-in files").isEqualTo(PNG);
        assertThat(api.download(file.text("downloadUrl"), staffOf("330200-AMR")).status()).isEqualTo(404);
        assertThat(api.download(file.text("downloadUrl"), signIn("editor")).status())
                .as("an editor of the same department handles no case").isEqualTo(404);
        assertThat(api.download(file.text("downloadUrl"), signIn("supervisor")).status()).isEqualTo(404);

        String applicationId = draft;
        var downloads = api.get("/api/portal/v1/staff/material-downloads?applicationId=" + applicationId, signIn("supervisor"));
        assertThat(downloads.status()).as(downloads.body()).isEqualTo(200);
        assertThat(downloads.json().findValuesAsString("materialId")).containsOnly(file.text("id"));
        assertThat(downloads.json().findValuesAsString("readerId")).contains(subjectOf(signIn("clerk")));
        assertThat(downloads.json().get(0).path("correlationId").asText()).isNotBlank();
        assertThat(downloads.body()).doesNotContain(Base64.getEncoder().encodeToString(PNG));
        assertThat(api.get("/api/portal/v1/staff/material-downloads?applicationId=" + applicationId, signIn("clerk")).status())
                .isEqualTo(403);
    }

    @Test
    void everyMissingRequiredMaterialAndEveryFormProblemIsListedAtOnce() {
        var refused = api.post("/api/portal/v1/applications", citizen,
                Map.of("itemCode", ITEM, "formData", Map.of("area", "big")));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().path("errors").findValuesAsString("field")).containsExactlyInAnyOrder(
                "formData.shopName", "formData.area", "materials." + LICENCE, "materials." + IDENTITY);
    }

    @Test
    void aCertificateThatIsNotTheApplicantsValidOneOfTheRightTypeIsRefusedNamingTheMaterial() {
        String others = issueCertificate(enterpriseId, "BUSINESS_LICENCE", LocalDate.now().plusYears(1));
        String expired = issueCertificate(citizenId, "BUSINESS_LICENCE", LocalDate.now().minusDays(2));
        String wrongType = issueCertificate(citizenId, "FOOD_LICENCE", LocalDate.now().plusYears(1));
        String revoked = issueCertificate(citizenId, "BUSINESS_LICENCE", LocalDate.now().plusYears(1));
        TestEvents.publish(Topics.CERTIFICATE, new CertificateRevoked(revoked, citizenId, "吊销", "330100", "330100-AMR",
                "web", Instant.now()));
        await().atMost(EVENTUALLY).until(() -> certificateStatus(citizen, revoked).equals("REVOKED"));
        assertThat(certificateStatus(citizen, expired)).isEqualTo("EXPIRED");

        for (String number : List.of(others, expired, wrongType, revoked, "NO-SUCH-CERTIFICATE")) {
            var refused = api.post("/api/portal/v1/applications/drafts/" + newDraft(citizen) + "/materials", citizen,
                    Map.of("name", LICENCE, "certificateNumber", number));
            assertThat(refused.status()).as(number).isEqualTo(400);
            assertThat(refused.json().path("errors").findValuesAsString("field")).as(number)
                    .containsExactly("materials." + LICENCE);
        }
        var directly = api.post("/api/portal/v1/applications", citizen, Map.of("itemCode", ITEM,
                "formData", Map.of("shopName", "x"), "materials", List.of(Map.of("name", IDENTITY, "certificateNumber", wrongType))));
        assertThat(directly.status()).isEqualTo(400);
        assertThat(directly.json().path("errors").toString()).contains("materials." + IDENTITY, "cannot be supplied");
    }

    @Test
    void anItemThatIsNotHandledOnlineTakesNoApplicationAndTheAnswerSaysWhereToGo() {
        String informationOnly = "330100-DEPTH-I-" + UUID.randomUUID().toString().substring(0, 6);
        String preReview = "330100-DEPTH-II-" + UUID.randomUUID().toString().substring(0, 6);
        String offline = "330100-OFFLN-" + UUID.randomUUID().toString().substring(0, 6);
        org.onestop.portal.BookableItems.publish(api, informationOnly, "I", "BOTH");
        org.onestop.portal.BookableItems.publish(api, preReview, "II", "BOTH");
        org.onestop.portal.BookableItems.publish(api, offline, "IV", "OFFLINE");

        for (String code : List.of(informationOnly, preReview, offline)) {
            var draft = api.post("/api/portal/v1/applications/drafts", citizen, Map.of("itemCode", code, "formData", Map.of()));
            var direct = api.post("/api/portal/v1/applications", citizen, Map.of("itemCode", code, "formData", Map.of()));
            for (var refused : List.of(draft, direct)) {
                assertThat(refused.status()).as(refused.body()).isEqualTo(409);
                assertThat(refused.json().path("type").asText()).isEqualTo("urn:onestop:problem:state-conflict");
                assertThat(refused.json().path("halls").findValuesAsString("name"))
                        .containsExactly(org.onestop.portal.BookableItems.BIG_HALL, org.onestop.portal.BookableItems.SMALL_HALL);
                assertThat(refused.json().path("booking").asText()).isEqualTo("/api/portal/v1/bookings");
            }
        }
        String online = "330100-DEPTH-IV-" + UUID.randomUUID().toString().substring(0, 6);
        org.onestop.portal.BookableItems.publish(api, online, "IV", "BOTH");
        assertThat(api.post("/api/portal/v1/applications/drafts", citizen, Map.of("itemCode", online, "formData", Map.of()))
                .status()).isEqualTo(201);
    }

    @Test
    void myCertificatesAreMineOnly() {
        String number = issueCertificate(citizenId, "BUSINESS_LICENCE", null);

        var mine = api.get("/api/portal/v1/certificates/mine?size=100", citizen);
        var theirs = api.get("/api/portal/v1/certificates/mine?size=100", enterprise);

        assertThat(mine.json().path("content").findValuesAsString("number")).contains(number);
        assertThat(theirs.json().path("content").findValuesAsString("number")).doesNotContain(number);
        assertThat(api.get("/api/portal/v1/certificates/mine", signIn("clerk")).status()).isEqualTo(403);
        assertThat(api.get("/api/portal/v1/notifications?size=100", citizen).json().path("content").findParents("kind"))
                .as("the holder is told, and nobody else").anySatisfy(n -> {
                    assertThat(n.path("kind").asText()).isEqualTo("CERTIFICATE_ISSUED");
                    assertThat(n.path("reference").asText()).isEqualTo(number);
                    assertThat(n.path("text").asText()).contains("BUSINESS_LICENCE", number);
                });
        assertThat(api.get("/api/portal/v1/notifications?size=100", enterprise).body()).doesNotContain(number);

        TestEvents.publish(Topics.CERTIFICATE, new CertificateRevoked(number, citizenId, "营业执照已被吊销", "330100",
                "330100-AMR", "web", Instant.now()));
        await().atMost(EVENTUALLY).until(() -> api.get("/api/portal/v1/notifications?size=100", citizen).json()
                .path("content").findValuesAsString("kind").contains("CERTIFICATE_REVOKED"));
    }

    @Test
    void anUnknownItemIsA404NamingItAndStatusOwnerAndDepartmentInTheBodyAreIgnored() {
        var unknown = api.post("/api/portal/v1/applications", citizen, Map.of("itemCode", "330100-NOPE-2", "formData", Map.of()));
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.text("detail")).contains("330100-NOPE-2");

        var body = new HashMap<String, Object>(Map.of("itemCode", PLAIN_ITEM, "formData", Map.of("shopName", "广告牌"),
                "status", "CONCLUDED", "departmentCode", "999999-X", "applicantId", enterpriseId));
        body.put("caseId", "forged");
        var submitted = api.post("/api/portal/v1/applications", citizen, body);
        assertThat(submitted.status()).isEqualTo(201);
        assertThat(submitted.text("status")).isEqualTo("SUBMITTED");
        assertThat(submitted.text("departmentCode")).isEqualTo("330100-AMR");
        assertThat(submitted.json().path("caseId").isNull()).isTrue();
        assertThat(api.get("/api/portal/v1/applications/" + submitted.text("id"), enterprise).status()).isEqualTo(404);
    }

    @Test
    void staffCanNeitherDraftNorSubmit() {
        String clerk = signIn("clerk");
        assertThat(api.post("/api/portal/v1/applications/drafts", clerk, Map.of("itemCode", PLAIN_ITEM)).status())
                .isEqualTo(403);
        assertThat(api.post("/api/portal/v1/applications", clerk, Map.of("itemCode", PLAIN_ITEM)).status()).isEqualTo(403);
    }

    @Test
    void theChannelIsValidatedAndRecorded() {
        var unknown = api.post("/api/portal/v1/applications", citizen, plainApplication(), Map.of("X-Channel", "telegraph"));
        var hall = api.post("/api/portal/v1/applications", citizen, plainApplication(), Map.of("X-Channel", "hall"));

        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.contentType()).startsWith("application/problem+json");
        assertThat(hall.text("channel")).isEqualTo("hall");
        assertThat(api.get("/api/portal/v1/applications/" + hall.text("id"), citizen).text("channel")).isEqualTo("hall");
    }

    @Test
    void myApplicationsArePagedAndFilteredByStatus() {
        var submitted = submitPlain();
        var concluded = submitPlain();
        String caseId = receive(concluded);
        TestEvents.publish(Topics.CASE, new CaseConcluded(caseId, concluded.text("id"), concluded.text("trackingNumber"),
                "APPROVED", null, "approver", PLAIN_ITEM, 1, "户外广告设置许可", citizenId, "张三", "330100", "330100-AMR",
                "web", Instant.now(), 10, 3, true));
        await().atMost(EVENTUALLY).until(() -> statusOf(concluded).equals("CONCLUDED"));

        var onlyConcluded = api.get("/api/portal/v1/applications?status=CONCLUDED&size=100", citizen).json();
        var firstPage = api.get("/api/portal/v1/applications?size=1", citizen).json();

        assertThat(onlyConcluded.path("content").findValuesAsString("id")).contains(concluded.text("id"))
                .doesNotContain(submitted.text("id"));
        assertThat(onlyConcluded.path("content").findValuesAsString("status")).containsOnly("CONCLUDED");
        assertThat(firstPage.path("content").size()).isEqualTo(1);
        assertThat(firstPage.path("totalElements").asInt()).isGreaterThanOrEqualTo(2);
        assertThat(api.get("/api/portal/v1/applications?status=LOST", citizen).status()).isEqualTo(400);
    }

    // --- correction and withdrawal -------------------------------------------------------------------

    @Test
    void aCorrectionIsAnsweredOncePerRequestWithANoteAndNewMaterials() {
        var submitted = submitPlain();
        String id = submitted.text("id");
        String path = "/api/portal/v1/applications/" + id;
        assertThat(api.post(path + "/correction", citizen, Map.of("note", "too early")).status()).isEqualTo(409);
        assertThat(uploadTo(path + "/materials", citizen, "健康证明", "health.pdf", "application/pdf", PDF).status())
                .isEqualTo(409);

        String caseId = receive(submitted);
        TestEvents.publish(Topics.CASE, new CorrectionRequested(caseId, id, submitted.text("trackingNumber"), "clerk",
                List.of("健康证明", "场地平面图"), "请一次补齐", "330100", "330100-AMR", "web", Instant.now()));
        await().atMost(EVENTUALLY).until(() -> statusOf(submitted).equals("CORRECTION_REQUESTED"));
        var waiting = api.get(path, citizen).json();
        assertThat(waiting.path("awaitingCorrection").asBoolean()).isTrue();
        JsonNode request = waiting.path("timeline").get(waiting.path("timeline").size() - 1);
        assertThat(request.path("missingItems").valueStream().map(JsonNode::asText).toList())
                .containsExactly("健康证明", "场地平面图");

        var file = uploadTo(path + "/materials", citizen, "健康证明", "health.pdf", "application/pdf", PDF);
        assertThat(file.status()).isEqualTo(201);
        assertThat(uploadTo(path + "/materials", enterprise, "健康证明", "x.pdf", "application/pdf", PDF).status())
                .isEqualTo(404);
        try (EventProbe probe = EventProbe.on(Topics.APPLICATION)) {
            var answered = api.post(path + "/correction", citizen, Map.of("note", "已补齐健康证明"),
                    Map.of("X-Channel", "wechat"));
            assertThat(answered.status()).isEqualTo(200);
            assertThat(answered.json().path("awaitingCorrection").asBoolean()).isFalse();
            assertThat(api.post(path + "/correction", citizen, Map.of("note", "again")).status()).isEqualTo(409);

            JsonNode event = awaitEvent(probe, id, "portal.application.corrected.v1");
            assertThat(event.path("note").asText()).isEqualTo("已补齐健康证明");
            assertThat(event.path("channel").asText()).isEqualTo("wechat");
            assertThat(event.path("materials")).hasSize(1);
            assertThat(event.path("materials").get(0).path("fileId").asText()).isEqualTo(file.text("id"));
            assertThat(event.path("materials").get(0).path("sha256").asText()).isEqualTo(sha256(PDF));
        }
    }

    @Test
    void anApplicationIsWithdrawnOnceAndNotAfterItsConclusion() {
        var open = submitPlain();
        String path = "/api/portal/v1/applications/" + open.text("id");
        try (EventProbe probe = EventProbe.on(Topics.APPLICATION)) {
            assertThat(api.post(path + "/withdrawal", enterprise, Map.of("reason", "not mine")).status()).isEqualTo(404);
            var withdrawn = api.post(path + "/withdrawal", citizen, Map.of("reason", "不再需要"));
            assertThat(withdrawn.status()).isEqualTo(200);
            assertThat(withdrawn.json().path("withdrawalRequested").asBoolean()).isTrue();
            assertThat(api.post(path + "/withdrawal", citizen, Map.of("reason", "twice")).status()).isEqualTo(409);

            JsonNode event = awaitEvent(probe, open.text("id"), "portal.application.withdrawn.v1");
            assertThat(event.path("reason").asText()).isEqualTo("不再需要");
            assertThat(event.path("trackingNumber").asText()).isEqualTo(open.text("trackingNumber"));
        }

        var concluded = submitPlain();
        String caseId = receive(concluded);
        TestEvents.publish(Topics.CASE, new CaseConcluded(caseId, concluded.text("id"), concluded.text("trackingNumber"),
                "DENIED", "材料不实", "approver", PLAIN_ITEM, 1, "户外广告设置许可", citizenId, "张三", "330100", "330100-AMR",
                "web", Instant.now(), 10, 3, true));
        await().atMost(EVENTUALLY).until(() -> statusOf(concluded).equals("CONCLUDED"));
        var late = api.post("/api/portal/v1/applications/" + concluded.text("id") + "/withdrawal", citizen,
                Map.of("reason", "too late"));
        assertThat(late.status()).isEqualTo(409);
        assertThat(late.text("applicationStatus")).isEqualTo("CONCLUDED");
    }

    // --- anonymous progress inquiry --------------------------------------------------------------

    @Test
    void anyoneWithTheTrackingNumberAndCodeSeesTheProgressButNothingPersonal() {
        var submitted = submitPlain();
        String number = submitted.text("trackingNumber");
        String code = submitted.text("verificationCode");

        var seen = api.get("/api/portal/v1/progress?trackingNumber=" + number + "&code=" + code, null);
        assertThat(seen.status()).isEqualTo(200);
        assertThat(seen.text("status")).isEqualTo("SUBMITTED");
        assertThat(seen.json().path("timeline").findValuesAsString("status")).containsExactly("SUBMITTED");
        assertThat(seen.body()).doesNotContain("张三", "广告牌", citizenId, "applicant", "formData", "note");

        var wrongCode = api.get("/api/portal/v1/progress?trackingNumber=" + number + "&code=WRONG234", null);
        var unknownNumber = api.get("/api/portal/v1/progress?trackingNumber=330100-20990101-99999999&code=" + code, null);
        assertThat(wrongCode.status()).isEqualTo(404);
        assertThat(unknownNumber.status()).isEqualTo(404);
        assertThat(wrongCode.text("detail")).isEqualTo(unknownNumber.text("detail"));

        var renewed = api.post("/api/portal/v1/applications/" + submitted.text("id") + "/verification-code", citizen, Map.of());
        assertThat(api.get("/api/portal/v1/progress?trackingNumber=" + number + "&code=" + renewed.text("verificationCode"),
                null).status()).isEqualTo(200);
        assertThat(api.get("/api/portal/v1/progress?trackingNumber=" + number + "&code=" + code, null).status())
                .isEqualTo(404);
        assertThat(api.post("/api/portal/v1/applications/" + submitted.text("id") + "/verification-code", enterprise,
                Map.of()).status()).isEqualTo(404);
    }

    @Test
    void guessingCodesForOneTrackingNumberIsCutOffWith429() {
        String number = "330100-20990101-" + (10_000_000 + (int) (Math.random() * 80_000_000));
        for (int attempt = 0; attempt < 20; attempt++) {
            assertThat(api.get("/api/portal/v1/progress?trackingNumber=" + number + "&code=GUESS" + attempt, null).status())
                    .isEqualTo(404);
        }
        var refused = api.get("/api/portal/v1/progress?trackingNumber=" + number + "&code=GUESS20", null);
        assertThat(refused.status()).isEqualTo(429);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(Long.parseLong(refused.header("Retry-After"))).isBetween(1L, Duration.ofMinutes(15).toSeconds());
        assertThat(refused.text("retryAt")).isNotBlank();
    }

    @Test
    void aCaseStateThisPortalDoesNotKnowLeavesTheApplicationWhereItIsAndItsEventIsNotDeadLettered() {
        var submitted = api.post("/api/portal/v1/applications", citizen, Map.of("itemCode", PLAIN_ITEM, "formData",
                Map.of("shopName", "新状态测试")));
        String caseId = receive(submitted);
        TestEvents.publish(Topics.CASE, new org.onestop.contracts.processing.CaseResumed(caseId, submitted.text("id"),
                submitted.text("trackingNumber"), "approver", "现场核查完毕", "ON_SITE_INSPECTION", "330100", "330100-AMR",
                "web", Instant.now()));

        await().atMost(EVENTUALLY).until(() -> api.get("/api/portal/v1/applications/" + submitted.text("id"), citizen)
                .json().path("timeline").toString().contains("恢复办理"));
        assertThat(statusOf(submitted)).isEqualTo("SUBMITTED");
    }

    @Test
    void trackingNumbersAreRegionDayAndTenRandomCharactersNotASequence() {
        List<String> numbers = new java.util.ArrayList<>();
        for (int i = 0; i < 3; i++) {
            var submitted = api.post("/api/portal/v1/applications", citizen, Map.of("itemCode", PLAIN_ITEM, "formData",
                    Map.of("shopName", "编号测试" + i)));
            assertThat(submitted.status()).as(submitted.body()).isEqualTo(201);
            numbers.add(submitted.text("trackingNumber"));
        }
        String today = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).format(java.time.format.DateTimeFormatter.BASIC_ISO_DATE);
        assertThat(numbers).allSatisfy(number -> assertThat(number).matches("330100-" + today + "-[A-HJKMNP-Z2-9]{10}"))
                .doesNotHaveDuplicates();
    }

    @Test
    void oneClientAddressGuessingAcrossTrackingNumbersIsCutOffWith429() {
        // the gateway passes the client's address in X-Forwarded-For; a fresh one for this test alone
        Map<String, String> client = Map.of("X-Forwarded-For", "198.51.100." + (1 + (int) (Math.random() * 250)) + ", 127.0.0.1");
        for (int attempt = 0; attempt < 60; attempt++) {
            String number = "330100-20990101-" + UUID.randomUUID().toString().substring(0, 10);
            assertThat(api.get("/api/portal/v1/progress?trackingNumber=" + number + "&code=GUESS", null, client).status())
                    .isEqualTo(404);
        }
        var refused = api.get("/api/portal/v1/progress?trackingNumber=330100-20990101-OTHER&code=GUESS", null, client);
        assertThat(refused.status()).isEqualTo(429);
        assertThat(refused.text("detail")).contains("from this address");
        assertThat(api.get("/api/portal/v1/progress?trackingNumber=330100-20990101-OTHER&code=GUESS", null,
                Map.of("X-Forwarded-For", "203.0.113.9")).status()).as("another client").isEqualTo(404);
    }

    // --- helpers ------------------------------------------------------------------------------------

    private void publish(String code, String name, ServiceGuide guide) {
        TestEvents.publish(Topics.SERVICE_ITEM, new ServiceItemPublished(UUID.randomUUID().toString(), code, 1, name,
                "ADMINISTRATIVE_LICENSING", "330100", "330100-AMR", "杭州市市场监督管理局", 20, 10,
                List.of(new FormField("shopName", "名称", "string", true, 1, List.of()),
                        new FormField("area", "面积", "number", false, 2, List.of()),
                        new FormField("remark", "备注", "text", false, 3, List.of(), 30)),
                "web", Instant.now(), guide));
        await().atMost(EVENTUALLY).until(() -> api.get("/api/portal/v1/catalog/items/" + code, null).status() == 200);
    }

    private static ServiceGuide guideWith(List<ServiceGuide.Material> materials) {
        return new ServiceGuide(null, null, null, null, null, null, null, null, null, null, null, null, null, null, null,
                null, null, materials, null, null, null, null, false, false, false, false);
    }

    private Map<String, Object> plainApplication() {
        return Map.of("itemCode", PLAIN_ITEM, "formData", Map.of("shopName", "广告牌"));
    }

    private Response submitPlain() {
        var submitted = api.post("/api/portal/v1/applications", citizen, plainApplication());
        assertThat(submitted.status()).isEqualTo(201);
        return submitted;
    }

    private String receive(Response submitted) {
        String caseId = UUID.randomUUID().toString();
        TestEvents.publish(Topics.CASE, new CaseReceived(caseId, submitted.text("id"), submitted.text("trackingNumber"),
                ITEM, 1, "330100", "330100-AMR", "web", Instant.now()));
        await().atMost(EVENTUALLY).until(() -> caseId.equals(api.get("/api/portal/v1/applications/" + submitted.text("id"),
                citizen).text("caseId")));
        return caseId;
    }

    private String statusOf(Response submitted) {
        return api.get("/api/portal/v1/applications/" + submitted.text("id"), citizen).text("status");
    }

    private String newDraft(String token) {
        var created = api.post("/api/portal/v1/applications/drafts", token,
                Map.of("itemCode", ITEM, "formData", Map.of("shopName", "仁心药房")));
        assertThat(created.status()).isEqualTo(201);
        return created.text("id");
    }

    private Response upload(String draft, String token, String name, String fileName, String type, byte[] content) {
        return uploadTo("/api/portal/v1/applications/drafts/" + draft + "/materials", token, name, fileName, type, content);
    }

    private Response uploadTo(String path, String token, String name, String fileName, String type, byte[] content) {
        return api.postFile(path, token, Map.of("name", name), "file", fileName, type, content);
    }

    private String issueCertificate(String holderId, String type, LocalDate validUntil) {
        String number = "CERT-" + UUID.randomUUID();
        TestEvents.publish(Topics.CERTIFICATE, new CertificateIssued(number, type, holderId, "持证人", "A",
                LocalDate.now().minusYears(1), validUntil, null, "330100", "330100-AMR", "web", Instant.now()));
        String owner = holderId.equals(citizenId) ? citizen : enterprise;
        await().atMost(EVENTUALLY).until(() -> !certificateStatus(owner, number).isEmpty());
        return number;
    }

    private String certificateStatus(String token, String number) {
        for (JsonNode certificate : api.get("/api/portal/v1/certificates/mine?size=100", token).json().path("content")) {
            if (certificate.path("number").asText().equals(number)) {
                return certificate.path("status").asText();
            }
        }
        return "";
    }

    private JsonNode awaitEvent(EventProbe probe, String key, String type) {
        await().atMost(EVENTUALLY).until(() -> probe.poll().stream()
                .anyMatch(r -> r.key().equals(key) && type.equals(r.headers().get("ce_type"))));
        return probe.poll().stream().filter(r -> r.key().equals(key) && type.equals(r.headers().get("ce_type")))
                .map(r -> JSON.readTree(r.value())).findFirst().orElseThrow();
    }

    private String signIn(String username) {
        var response = api.post("/api/portal/v1/auth/token", null, Map.of("username", username, "password", "onestop-demo"));
        assertThat(response.status()).isEqualTo(200);
        return response.text("accessToken");
    }

    /** A citizen the portal has never seen, with nothing of their own yet. */
    private String citizenNamed(String subject) {
        Instant now = Instant.now();
        var claims = JwtClaimsSet.builder().issuer("onestop-portal").audience(List.of("onestop")).subject(subject).issuedAt(now)
                .expiresAt(now.plusSeconds(600)).claim("preferred_username", subject).claim("name", "新用户")
                .claim("roles", List.of("CITIZEN")).build();
        return tokens.encode(JwtEncoderParameters.from(JwsHeader.with(SignatureAlgorithm.RS256).build(), claims))
                .getTokenValue();
    }

    private static Map<String, String> fieldsOf(Response problem) {
        Map<String, String> fields = new java.util.LinkedHashMap<>();
        problem.json().path("errors").forEach(e -> fields.put(e.path("field").asText(), e.path("message").asText()));
        return fields;
    }

    private String staffOf(String department) {
        Instant now = Instant.now();
        var claims = JwtClaimsSet.builder().issuer("onestop-portal").audience(List.of("onestop")).subject("staff-" + department).issuedAt(now)
                .expiresAt(now.plusSeconds(600)).claim("preferred_username", "other-clerk").claim("name", "other")
                .claim("roles", List.of("STAFF", "CLERK")).claim("department", department).claim("region", "330200")
                .build();
        return tokens.encode(JwtEncoderParameters.from(JwsHeader.with(SignatureAlgorithm.RS256).build(), claims))
                .getTokenValue();
    }

    private static String subjectOf(String token) {
        String payload = new String(Base64.getUrlDecoder().decode(token.split("\\.")[1]), StandardCharsets.UTF_8);
        return JSON.readTree(payload).path("sub").asText();
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
