package org.onestop.e2e;

import org.junit.jupiter.api.BeforeAll;
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
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The citizen's and the department's journey on the demo catalog, only through the gateway and
 * with the demo accounts' own tokens (the "done when" of the portal and processing issues):
 * a first approved case gives the citizen an e-certificate (营业执照); the citizen finds 食品经营许可证核发
 * in the public catalog, drafts an application with uploads and that e-certificate, submits it
 * (once, whatever the repeats), follows it with and without signing in; the clerk accepts and asks
 * for everything missing at once (补正), the citizen answers, the reviewer reviews, the case is
 * suspended and resumed, the approver approves, the clerk delivers, with the deadline checked
 * against the region's working-day calendar at every step; the certificate issued on approval is
 * on the case, in the registry and with the citizen; the citizen evaluates (好差评), books a hall
 * visit, asks a question that the department answers, and finds it all in the inbox; the
 * supervisor sees the journey in the indicators. These are the README's journey steps 7 to 18.
 */
@Order(3)
@ExtendWith(JourneyPlatform.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ApplicationJourneyIT {

    private static final Duration EVENTUALLY = Duration.ofSeconds(90);
    private static final String REGION = "330100";
    private static final String DEPARTMENT = "330100-AMR";
    /** 个体工商户注册登记: its result is a 营业执照 (business licence). */
    private static final String LICENCE_ITEM = "330100-AMR-GG-009";
    /** 食品经营许可证核发: asks for a 营业执照, which an e-certificate may supply; one REVIEW step (审查). */
    private static final String FOOD_ITEM = "330100-AMR-XK-001";
    private static final String HALL = "杭州市民中心行政服务中心";
    private static final String CASES = "/api/processing/v1/cases";
    private static final byte[] PDF = "%PDF-1.4\n% onestop e2e\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R'};

    private final Gateway gateway = new Gateway(JourneyPlatform.PORTS.gateway());

    private String citizen;
    private String clerk;
    private String reviewer;
    private String approver;
    private RegionCalendar calendar;

    private String businessLicence;
    private int promisedLimitDays;
    private String draftId;
    private String applicationId;
    private String trackingNumber;
    private String verificationCode;
    private String caseId;

    @BeforeAll
    void signInAsTheDemoAccounts() {
        citizen = gateway.signIn("zhangsan");
        clerk = gateway.signIn("clerk");
        reviewer = gateway.signIn("reviewer");
        approver = gateway.signIn("approver");
        int year = ExpectedDeadline.today().getYear();
        // deadlines of a few weeks at most: this year's and next year's schedule cover them
        calendar = RegionCalendar.read(gateway, clerk, REGION, year, year + 1);
    }

    @Test
    @Order(1)
    void aFirstApprovedCaseGivesTheCitizenABusinessLicenceAsAnECertificate() {
        String draft = createDraft(LICENCE_ITEM, Map.of("contactPhone", "13800138000", "shopName", "张三小吃店"));
        assertThat(upload(draft, "个体工商户登记（备案）申请书", "申请书.pdf", "application/pdf", PDF).status()).isEqualTo(201);
        assertThat(upload(draft, "居民身份证", "身份证.png", "image/png", PNG).status()).isEqualTo(201);
        Gateway.Response submitted = gateway.post("/api/portal/v1/applications/drafts/" + draft + "/submit", citizen,
                Map.of(), Map.of("Idempotency-Key", UUID.randomUUID().toString()));
        assertThat(submitted.status()).as(submitted.body()).isEqualTo(201);

        JsonNode licenceCase = awaitCase(submitted.text("id"), LICENCE_ITEM);
        String id = licenceCase.path("id").asString();
        act(clerk, id, "accept", Map.of("opinion", "材料齐全，予以受理"));
        act(reviewer, id, "review", Map.of("opinion", "符合登记条件"));
        JsonNode concluded = act(approver, id, "conclude", Map.of("outcome", "APPROVED"));
        assertThat(concluded.path("state").asString()).isEqualTo("CONCLUDED");

        // data-sharing issues the result on approval; the portal keeps the holder's certificates
        JsonNode certificate = awaitHeldCertificate("the citizen's 营业执照 in the portal",
                c -> "BUSINESS_LICENSE".equals(c.path("certificateType").asString()));
        assertThat(certificate.path("status").asString()).isEqualTo("VALID");
        businessLicence = certificate.path("number").asString();
    }

    @Test
    @Order(2)
    void anyoneFindsTheItemInThePublicCatalogByPartOfItsChineseName() {
        // the middle of a name, as people type it: trigrams (3 characters or more) and bigrams (2)
        assertThat(catalogCodes("经营许可")).contains(FOOD_ITEM);
        assertThat(catalogCodes("工商")).contains(LICENCE_ITEM);

        Gateway.Response guide = gateway.get("/api/portal/v1/catalog/items/" + FOOD_ITEM, null);
        assertThat(guide.status()).as(guide.body()).isEqualTo(200);
        assertThat(guide.text("name")).isEqualTo("食品经营许可证核发");
        assertThat(guide.text("departmentCode")).isEqualTo(DEPARTMENT);
        JsonNode licence = findIn(guide.json().path("guide").path("materials"), m -> "营业执照".equals(m.path("name").asString()));
        assertThat(licence.path("certificateType").asString()).isEqualTo("BUSINESS_LICENSE");
        assertThat(findIn(guide.json().path("guide").path("halls"), h -> HALL.equals(h.path("name").asString())).isMissingNode())
                .isFalse();
        promisedLimitDays = guide.json().path("promisedLimitDays").asInt();
        assertThat(promisedLimitDays).isPositive();
    }

    @Test
    @Order(3)
    void theCitizenDraftsAnApplicationWithUploadsAndTheECertificate() {
        draftId = createDraft(FOOD_ITEM, Map.of("contactPhone", "13800138000", "shopName", "张三小吃店",
                "category", List.of("预包装食品销售", "热食类食品制售")));

        Gateway.Response form = upload(draftId, "食品经营许可申请书", "申请书.pdf", "application/pdf", PDF);
        assertThat(form.status()).as(form.body()).isEqualTo(201);
        assertThat(form.text("contentType")).isEqualTo("application/pdf");
        assertThat(form.text("sha256")).isEqualTo(sha256(PDF));

        // the type is told by the bytes, not by the name or the declared type
        Gateway.Response notAPdf = upload(draftId, "食品安全管理制度文本", "制度.pdf", "application/pdf",
                "只是文字，不是PDF".getBytes(StandardCharsets.UTF_8));
        assertThat(notAPdf.isProblem(415)).as(notAPdf.toString()).isTrue();
        // over the portal's 10 MB per material (the gateway lets 12 MB through): the portal's 413
        Gateway.Response tooLarge = upload(draftId, "食品安全管理制度文本", "制度.pdf", "application/pdf",
                pdfOf(10 * 1024 * 1024 + 1));
        assertThat(tooLarge.isProblem(413)).as(tooLarge.toString()).isTrue();
        // over the gateway's 12 MB per request: refused at the edge, also as a problem
        Gateway.Response overTheEdge = upload(draftId, "食品安全管理制度文本", "制度.pdf", "application/pdf",
                pdfOf(13 * 1024 * 1024));
        assertThat(overTheEdge.isProblem(413)).as(overTheEdge.toString()).isTrue();

        assertThat(upload(draftId, "食品安全管理制度文本", "制度.pdf", "application/pdf", PDF).status()).isEqualTo(201);
        assertThat(upload(draftId, "经营场所平面布局图", "布局图.png", "image/png", PNG).status()).isEqualTo(201);
        Gateway.Response byCertificate = gateway.post("/api/portal/v1/applications/drafts/" + draftId + "/materials",
                citizen, Map.of("name", "营业执照", "certificateNumber", businessLicence));
        assertThat(byCertificate.status()).as(byCertificate.body()).isEqualTo(201);

        Gateway.Response draft = gateway.get("/api/portal/v1/applications/drafts/" + draftId, citizen);
        assertThat(names(draft.json().path("materials")))
                .containsExactlyInAnyOrder("食品经营许可申请书", "食品安全管理制度文本", "经营场所平面布局图", "营业执照");
    }

    @Test
    @Order(4)
    void theCitizenSubmitsOnceHoweverOftenTheRequestIsRepeated() {
        String key = UUID.randomUUID().toString();
        Gateway.Response first = gateway.post("/api/portal/v1/applications/drafts/" + draftId + "/submit", citizen,
                Map.of(), Map.of("Idempotency-Key", key, "X-Channel", "wechat"));
        assertThat(first.status()).as(first.body()).isEqualTo(201);
        assertThat(first.text("status")).isEqualTo("SUBMITTED");
        applicationId = first.text("id");
        trackingNumber = first.text("trackingNumber");
        verificationCode = first.text("verificationCode");
        assertThat(trackingNumber).startsWith(REGION + "-");
        assertThat(verificationCode).hasSize(8);
        assertThat(first.json().path("materials").size()).isEqualTo(4);

        Gateway.Response repeat = gateway.post("/api/portal/v1/applications/drafts/" + draftId + "/submit", citizen,
                Map.of(), Map.of("Idempotency-Key", key, "X-Channel", "wechat"));
        assertThat(repeat.status()).as(repeat.body()).isEqualTo(200);
        assertThat(repeat.text("id")).isEqualTo(applicationId);
        assertThat(repeat.text("trackingNumber")).isEqualTo(trackingNumber);
        assertThat(repeat.json().path("verificationCode").isNull()).as("the code is shown once").isTrue();
    }

    @Test
    @Order(5)
    void theCitizenFollowsTheApplicationSignedInAndWithTheTrackingNumberAlone() {
        Gateway.Response mine = gateway.get("/api/portal/v1/applications?size=100", citizen);
        assertThat(mine.status()).as(mine.body()).isEqualTo(200);
        assertThat(findIn(mine.json().path("content"), a -> applicationId.equals(a.path("id").asString())).isMissingNode())
                .isFalse();

        Gateway.Response application = gateway.get("/api/portal/v1/applications/" + applicationId, citizen);
        assertThat(application.text("status")).as(application.body()).isEqualTo("SUBMITTED");
        assertThat(application.json().path("timeline").size()).isPositive();

        Gateway.Response progress = progress(verificationCode);
        assertThat(progress.status()).as(progress.body()).isEqualTo(200);
        assertThat(progress.text("itemCode")).isEqualTo(FOOD_ITEM);
        assertThat(progress.json().has("formData")).isFalse();
        assertThat(progress("WRONG123").isProblem(404)).isTrue();

        // nothing to evaluate before the case is concluded
        Gateway.Response early = evaluate();
        assertThat(early.isProblem(409)).as(early.toString()).isTrue();
        assertThat(early.text("applicationStatus")).isEqualTo("SUBMITTED");
    }

    @Test
    @Order(6)
    void theClerkAcceptsTheCaseWithItsMaterialsCheckedAndTheClockStarts() {
        caseId = awaitCase(applicationId, FOOD_ITEM).path("id").asString();
        Gateway.Response opened = gateway.get(CASES + "/" + caseId, clerk);
        assertThat(opened.status()).as(opened.body()).isEqualTo(200);
        JsonNode licence = findIn(opened.json().path("materials"), m -> "营业执照".equals(m.path("name").asString()));
        assertThat(licence.path("certificateNumber").asString()).isEqualTo(businessLicence);
        // checked with data-sharing's registry as the clerk opens the case
        assertThat(licence.path("verification").asString()).as(opened.body()).isEqualTo("VERIFIED");
        JsonNode form = findIn(opened.json().path("materials"), m -> "食品经营许可申请书".equals(m.path("name").asString()));
        assertThat(form.path("verification").asString()).isEqualTo("UPLOADED");
        assertThat(form.path("sha256").asString()).isEqualTo(sha256(PDF));
        assertDeadline(opened.json());

        Gateway.Response byTheReviewer = gateway.post(CASES + "/" + caseId + "/accept", reviewer, Map.of("opinion", "受理"));
        assertThat(byTheReviewer.isProblem(403)).as(byTheReviewer.toString()).isTrue();
        Gateway.Response byTheCitizen = gateway.get(CASES + "?state=SUBMITTED", citizen);
        assertThat(byTheCitizen.isProblem(403)).as(byTheCitizen.toString()).isTrue();
        assertRefused(gateway.post(CASES + "/" + caseId + "/deliver", clerk, Map.of("method", "ONLINE")),
                "SUBMITTED", "accept", "not-accept", "withdraw");

        JsonNode accepted = act(clerk, caseId, "accept", Map.of("opinion", "材料齐全，予以受理",
                "expectedVersion", opened.json().path("version").asLong()));
        assertThat(accepted.path("state").asString()).isEqualTo("ACCEPTED");
        assertThat(accepted.path("deadline").path("status").asString()).isEqualTo("RUNNING");
        assertDeadline(accepted);
        assertRefused(gateway.post(CASES + "/" + caseId + "/accept", clerk, Map.of("opinion", "再次受理")),
                "ACCEPTED", "review", "request-correction", "withdraw");
    }

    @Test
    @Order(7)
    void theClerkAsksForEverythingMissingInOneCorrectionRequestAndTheClockPauses() {
        List<String> missing = List.of("经营场所平面布局图（须标注尺寸）", "食品安全管理制度文本（须加盖公章）");
        JsonNode waiting = act(clerk, caseId, "request-correction",
                Map.of("missingItems", missing, "opinion", "请一次补齐以下材料"));
        assertThat(waiting.path("state").asString()).isEqualTo("CORRECTION_REQUESTED");
        assertThat(strings(waiting.path("missingItems"))).containsExactlyElementsOf(missing);
        assertThat(waiting.path("deadline").path("status").asString()).isEqualTo("PAUSED");
        assertThat(waiting.path("deadline").path("dueOn").isNull()).isTrue();
        assertDeadline(waiting);

        await("the citizen is asked for the missing items").atMost(EVENTUALLY).untilAsserted(() -> {
            Gateway.Response application = gateway.get("/api/portal/v1/applications/" + applicationId, citizen);
            assertThat(application.text("status")).as(application.body()).isEqualTo("CORRECTION_REQUESTED");
            assertThat(application.json().path("awaitingCorrection").asBoolean()).isTrue();
            JsonNode request = findIn(application.json().path("timeline"),
                    step -> "CORRECTION_REQUESTED".equals(step.path("status").asString()));
            assertThat(strings(request.path("missingItems"))).containsExactlyElementsOf(missing);
        });
        JsonNode notice = findIn(notifications(), n -> "CORRECTION_REQUESTED".equals(n.path("kind").asString()));
        assertThat(notice.path("text").asString()).contains(missing.get(0), missing.get(1));
        assertThat(notice.path("reference").asString()).isEqualTo(trackingNumber);
    }

    @Test
    @Order(8)
    void theCitizenAnswersTheCorrectionAndTheCaseGoesBackToWhereItWas() {
        Gateway.Response plan = gateway.upload("/api/portal/v1/applications/" + applicationId + "/materials", citizen,
                Map.of("name", "经营场所平面布局图"), "布局图（标注尺寸）.png", "image/png", PNG);
        assertThat(plan.status()).as(plan.body()).isEqualTo(201);
        Gateway.Response rules = gateway.upload("/api/portal/v1/applications/" + applicationId + "/materials", citizen,
                Map.of("name", "食品安全管理制度文本"), "制度（盖章）.pdf", "application/pdf", PDF);
        assertThat(rules.status()).as(rules.body()).isEqualTo(201);
        Gateway.Response answered = gateway.post("/api/portal/v1/applications/" + applicationId + "/correction", citizen,
                Map.of("note", "已按要求补正", "materials", List.of()));
        assertThat(answered.status()).as(answered.body()).isEqualTo(200);

        JsonNode returned = await("the case back at acceptance").atMost(EVENTUALLY).until(
                () -> gateway.get(CASES + "/" + caseId, clerk).json(),
                view -> "ACCEPTED".equals(view.path("state").asString()));
        assertThat(returned.path("correctionRounds").asInt()).isEqualTo(1);
        assertThat(returned.path("materials").findValues("correctionRound").stream().filter(r -> r.asInt() == 1).count())
                .isEqualTo(2);
        assertThat(returned.path("deadline").path("status").asString()).isEqualTo("RUNNING");
        assertDeadline(returned);
        await("the citizen sees the case accepted again").atMost(EVENTUALLY).untilAsserted(() -> {
            Gateway.Response application = gateway.get("/api/portal/v1/applications/" + applicationId, citizen);
            assertThat(application.text("status")).as(application.body()).isEqualTo("ACCEPTED");
            assertThat(application.json().path("awaitingCorrection").asBoolean()).isFalse();
        });

        Gateway.Response again = gateway.post("/api/portal/v1/applications/" + applicationId + "/correction", citizen,
                Map.of("note", "再补一次"));
        assertThat(again.isProblem(409)).as(again.toString()).isTrue();
        assertThat(again.text("applicationStatus")).isEqualTo("ACCEPTED");
    }

    @Test
    @Order(9)
    void theReviewerReviewsAndTheCaseIsSuspendedAndResumedWithTheClockPaused() {
        Gateway.Response byTheClerk = gateway.post(CASES + "/" + caseId + "/review", clerk, Map.of("opinion", "同意"));
        assertThat(byTheClerk.isProblem(403)).as(byTheClerk.toString()).isTrue();

        JsonNode reviewed = act(reviewer, caseId, "review", Map.of("opinion", "材料齐全，符合条件"));
        assertThat(reviewed.path("state").asString()).isEqualTo("UNDER_REVIEW");
        assertThat(strings(reviewed.path("reviewSteps"))).containsExactly("审查", "decision");
        assertThat(reviewed.path("reviewStep").asString()).isEqualTo("decision");
        assertDeadline(reviewed);
        Gateway.Response byTheReviewer = gateway.post(CASES + "/" + caseId + "/conclude", reviewer,
                Map.of("outcome", "APPROVED"));
        assertThat(byTheReviewer.isProblem(403)).as(byTheReviewer.toString()).isTrue();

        JsonNode suspended = act(approver, caseId, "suspend", Map.of("reason", "需现场核查经营场所"));
        assertThat(suspended.path("state").asString()).isEqualTo("SUSPENDED");
        assertThat(suspended.path("deadline").path("status").asString()).isEqualTo("PAUSED");
        assertDeadline(suspended);
        assertRefused(gateway.post(CASES + "/" + caseId + "/conclude", approver, Map.of("outcome", "APPROVED")),
                "SUSPENDED", "resume", "withdraw");

        JsonNode resumed = act(approver, caseId, "resume", Map.of("opinion", "现场核查完毕"));
        assertThat(resumed.path("state").asString()).isEqualTo("UNDER_REVIEW");
        assertThat(resumed.path("deadline").path("status").asString()).isEqualTo("RUNNING");
        assertDeadline(resumed);
    }

    @Test
    @Order(10)
    void theApproverApprovesTheClockStopsAndTheClerkDelivers() {
        JsonNode concluded = act(approver, caseId, "conclude", Map.of("outcome", "APPROVED"));
        assertThat(concluded.path("state").asString()).isEqualTo("CONCLUDED");
        assertThat(concluded.path("outcome").asString()).isEqualTo("APPROVED");
        assertThat(concluded.path("deadline").path("status").asString()).isEqualTo("STOPPED");
        assertThat(concluded.path("deadline").path("overdue").asBoolean()).isFalse();
        assertDeadline(concluded);

        JsonNode delivered = act(clerk, caseId, "deliver", Map.of("method", "ONLINE", "note", "电子证照已推送"));
        assertThat(delivered.path("state").asString()).isEqualTo("DELIVERED");
        assertDeadline(delivered);

        await("the citizen sees the result delivered").atMost(EVENTUALLY).untilAsserted(() -> {
            Gateway.Response application = gateway.get("/api/portal/v1/applications/" + applicationId, citizen);
            assertThat(application.text("status")).as(application.body()).isEqualTo("DELIVERED");
            assertThat(strings(application.json().path("timeline").findValues("status")))
                    .contains("SUBMITTED", "ACCEPTED", "CORRECTION_REQUESTED", "UNDER_REVIEW", "SUSPENDED", "CONCLUDED",
                            "DELIVERED");
        });
        Gateway.Response progress = progress(verificationCode);
        assertThat(progress.text("status")).as(progress.body()).isEqualTo("DELIVERED");
    }

    @Test
    @Order(11)
    void theCertificateIssuedOnApprovalIsOnTheCaseInTheRegistryAndWithTheCitizen() {
        String number = await("the certificate number on the case").atMost(EVENTUALLY).until(
                () -> gateway.get(CASES + "/" + caseId, clerk).text("certificateNumber"), n -> n != null && !n.isBlank());
        assertThat(number).startsWith(DEPARTMENT + "-");
        JsonNode history = gateway.get(CASES + "/" + caseId + "/history?size=100", clerk).json().path("content");
        JsonNode issued = findIn(history, entry -> "certificate-issued".equals(entry.path("action").asString()));
        assertThat(issued.path("details").path("certificateNumber").asString()).as(history.toString()).isEqualTo(number);

        Gateway.Response verification = gateway.get("/api/data-sharing/v1/certificates/" + number + "/verification", clerk);
        assertThat(verification.status()).as(verification.body()).isEqualTo(200);
        assertThat(verification.json().path("valid").asBoolean()).isTrue();
        assertThat(verification.text("status")).isEqualTo("VALID");
        Gateway.Response held = gateway.get("/api/data-sharing/v1/certificates/" + number, citizen);
        assertThat(held.status()).as(held.body()).isEqualTo(200);
        assertThat(held.text("issuerDepartment")).isEqualTo(DEPARTMENT);
        assertThat(held.text("trustLevel")).isEqualTo("A");

        JsonNode inThePortal = awaitHeldCertificate("the certificate among the citizen's in the portal",
                c -> number.equals(c.path("number").asString()));
        assertThat(inThePortal.path("status").asString()).isEqualTo("VALID");
        assertThat(inThePortal.path("certificateType").asString()).isEqualTo(held.text("type"));
    }

    @Test
    @Order(12)
    void theCitizenEvaluatesTheCaseOnce() {
        Gateway.Response evaluation = evaluate();
        assertThat(evaluation.status()).as(evaluation.body()).isEqualTo(201);
        assertThat(evaluation.text("level")).isEqualTo("SATISFIED");
        assertThat(evaluation.text("trackingNumber")).isEqualTo(trackingNumber);
        assertThat(evaluation.json().path("bad").asBoolean()).isFalse();

        Gateway.Response second = evaluate();
        assertThat(second.isProblem(409)).as(second.toString()).isTrue();

        Gateway.Response statistics = gateway.get("/api/portal/v1/catalog/items/" + FOOD_ITEM + "/evaluation-statistics", null);
        assertThat(statistics.status()).as(statistics.body()).isEqualTo(200);
        assertThat(statistics.json().path("good").asInt()).isPositive();
    }

    @Test
    @Order(13)
    void theCitizenBooksAHallVisitOnce() {
        Gateway.Response slots = gateway.get("/api/portal/v1/catalog/items/" + FOOD_ITEM + "/slots?size=100&hall="
                + encode(HALL), null);
        assertThat(slots.status()).as(slots.body()).isEqualTo(200);
        JsonNode slot = findIn(slots.json().path("content"), s -> s.path("remaining").asInt() > 0);
        assertThat(slot.isMissingNode()).as("a free slot within a week: %s", slots.body()).isFalse();
        Map<String, Object> booking = Map.of("itemCode", FOOD_ITEM, "hall", HALL, "date", slot.path("date").asString(),
                "start", slot.path("start").asString(), "trackingNumber", trackingNumber);

        Gateway.Response booked = gateway.post("/api/portal/v1/bookings", citizen, booking);
        assertThat(booked.status()).as(booked.body()).isEqualTo(201);
        assertThat(booked.text("status")).isEqualTo("ACTIVE");
        Gateway.Response twice = gateway.post("/api/portal/v1/bookings", citizen, booking);
        assertThat(twice.isProblem(409)).as(twice.toString()).isTrue();
    }

    @Test
    @Order(14)
    void theCitizenAsksTheDepartmentAndReadsTheReply() {
        Gateway.Response asked = gateway.post("/api/portal/v1/inquiries", citizen, Map.of("kind", "CONSULTATION",
                "itemCode", FOOD_ITEM, "subject", "材料", "text", "健康证明可以用复印件吗？"));
        assertThat(asked.status()).as(asked.body()).isEqualTo(201);
        assertThat(asked.text("status")).isEqualTo("AWAITING_REPLY");
        assertThat(asked.text("departmentCode")).isEqualTo(DEPARTMENT);
        String inquiry = asked.text("id");

        Gateway.Response queue = gateway.get("/api/portal/v1/staff/inquiries?size=100", clerk);
        assertThat(queue.status()).as(queue.body()).isEqualTo(200);
        assertThat(findIn(queue.json().path("content"), i -> inquiry.equals(i.path("id").asString())).isMissingNode()).isFalse();
        Gateway.Response replied = gateway.post("/api/portal/v1/staff/inquiries/" + inquiry + "/replies", clerk,
                Map.of("text", "需提供原件核验"));
        assertThat(replied.status()).as(replied.body()).isEqualTo(200);
        assertThat(replied.text("status")).isEqualTo("REPLIED");

        Gateway.Response thread = gateway.get("/api/portal/v1/inquiries/" + inquiry, citizen);
        assertThat(thread.text("status")).as(thread.body()).isEqualTo("REPLIED");
        assertThat(strings(thread.json().path("messages").findValues("author"))).containsExactly("ASKER", "DEPARTMENT");
    }

    @Test
    @Order(15)
    void theInboxTellsEveryStep() {
        List<String> kinds = strings(notifications().findValues("kind"));
        assertThat(kinds).contains("STATUS_CHANGED", "CORRECTION_REQUESTED", "BOOKING_MADE", "REPLY");
        Gateway.Response unread = gateway.get("/api/portal/v1/notifications/unread-count", citizen);
        assertThat(unread.json().path("unread").asInt()).as(unread.body()).isPositive();
    }

    @Test
    @Order(16)
    void theSupervisorFollowsTheIndicatorsTheJourneyFeeds() {
        String supervisor = gateway.signIn("supervisor");
        // computed every minute from the day's events: the evaluation made through the app counts as a good review
        await("the good review in the app channel's good_review_rate").atMost(Duration.ofMinutes(3)).untilAsserted(() -> {
            Gateway.Response rate = gateway.get("/api/data-sharing/v1/indicators?indicator=good_review_rate&channel=app",
                    supervisor);
            assertThat(rate.status()).as(rate.body()).isEqualTo(200);
            JsonNode today = findIn(rate.json().path("points"),
                    p -> ExpectedDeadline.today().toString().equals(p.path("day").asString()));
            assertThat(today.path("numerator").asDouble()).as(rate.body()).isPositive();
        });
        await("the guide read in the most-viewed guides").atMost(Duration.ofMinutes(3)).untilAsserted(() -> {
            Gateway.Response views = gateway.get("/api/data-sharing/v1/indicators/items?indicator=guide_views&size=100",
                    supervisor);
            assertThat(views.status()).as(views.body()).isEqualTo(200);
            assertThat(strings(views.json().path("content").findValues("item"))).as(views.body()).contains(FOOD_ITEM);
        });
        Gateway.Response broken = gateway.get("/api/data-sharing/v1/link-checks?valid=false", supervisor);
        assertThat(broken.status()).as(broken.body()).isEqualTo(200);
    }

    // --- helpers ---

    private String createDraft(String itemCode, Map<String, Object> formData) {
        Gateway.Response draft = gateway.post("/api/portal/v1/applications/drafts", citizen,
                Map.of("itemCode", itemCode, "formData", formData));
        assertThat(draft.status()).as(draft.body()).isEqualTo(201);
        return draft.text("id");
    }

    private Gateway.Response upload(String draft, String material, String fileName, String contentType, byte[] content) {
        return gateway.upload("/api/portal/v1/applications/drafts/" + draft + "/materials", citizen,
                Map.of("name", material), fileName, contentType, content);
    }

    private Gateway.Response progress(String code) {
        return gateway.get("/api/portal/v1/progress?trackingNumber=" + encode(trackingNumber) + "&code=" + encode(code), null);
    }

    private Gateway.Response evaluate() {
        return gateway.post("/api/portal/v1/evaluations", citizen, Map.of("applicationId", applicationId,
                "level", "SATISFIED", "dimensions", Map.of("overall", 5, "efficiency", 4, "guideAccuracy", 5,
                        "convenience", 4, "usability", 5), "comment", "很方便"), Map.of("X-Channel", "app"));
    }

    /** The case the application became, once processing has opened it. */
    private JsonNode awaitCase(String application, String itemCode) {
        AtomicReference<JsonNode> found = new AtomicReference<>();
        await("a case for application " + application).atMost(EVENTUALLY).untilAsserted(() -> {
            Gateway.Response queue = gateway.get(CASES + "?size=100&itemCode=" + itemCode, clerk);
            assertThat(queue.status()).as(queue.body()).isEqualTo(200);
            found.set(findIn(queue.json().path("content"), c -> application.equals(c.path("applicationId").asString())));
            assertThat(found.get().isMissingNode()).as(queue.body()).isFalse();
        });
        return found.get();
    }

    /** Takes an action on a case; it must succeed. Returns the case view. */
    private JsonNode act(String token, String id, String action, Map<String, Object> body) {
        Gateway.Response response = gateway.post(CASES + "/" + id + "/" + action, token, body);
        assertThat(response.status()).as("%s: %s", action, response.body()).isEqualTo(200);
        return response.json();
    }

    private static void assertRefused(Gateway.Response response, String state, String... allowedActions) {
        assertThat(response.isProblem(409)).as(response.toString()).isTrue();
        assertThat(response.text("state")).isEqualTo(state);
        assertThat(strings(response.json().path("allowedActions"))).containsExactlyInAnyOrder(allowedActions);
    }

    /**
     * The deadline on the view of the case is the one its history gives on the region's calendar
     * with the item's promised limit (read on the day before or after the request, should the test
     * run across midnight).
     */
    private void assertDeadline(JsonNode caseView) {
        LocalDate before = ExpectedDeadline.today();
        Gateway.Response history = gateway.get(CASES + "/" + caseId + "/history?size=100", clerk);
        LocalDate after = ExpectedDeadline.today();
        assertThat(history.status()).as(history.body()).isEqualTo(200);
        JsonNode entries = history.json().path("content");
        ExpectedDeadline shown = ExpectedDeadline.shown(caseView.path("deadline"));
        assertThat(shown).as("deadline of the %s case %s", caseView.path("state").asString(), caseView)
                .isIn(ExpectedDeadline.of(entries, promisedLimitDays, calendar, before),
                        ExpectedDeadline.of(entries, promisedLimitDays, calendar, after));
        if (shown.dueOn() != null) {
            assertThat(calendar.isWorkingDay(shown.dueOn())).as("due on a working day: %s", shown.dueOn()).isTrue();
        }
    }

    /** The first of the citizen's certificates in the portal that is the one wanted, once it is there. */
    private JsonNode awaitHeldCertificate(String alias, Predicate<JsonNode> wanted) {
        AtomicReference<JsonNode> found = new AtomicReference<>();
        await(alias).atMost(EVENTUALLY).untilAsserted(() -> {
            Gateway.Response held = gateway.get("/api/portal/v1/certificates/mine?size=100", citizen);
            assertThat(held.status()).as(held.body()).isEqualTo(200);
            found.set(findIn(held.json().path("content"), wanted));
            assertThat(found.get().isMissingNode()).as(held.body()).isFalse();
        });
        return found.get();
    }

    private JsonNode notifications() {
        Gateway.Response inbox = gateway.get("/api/portal/v1/notifications?size=100", citizen);
        assertThat(inbox.status()).as(inbox.body()).isEqualTo(200);
        return inbox.json().path("content");
    }

    private List<String> catalogCodes(String query) {
        Gateway.Response page = gateway.get("/api/portal/v1/catalog/items?size=100&q=" + encode(query), null);
        assertThat(page.status()).as(page.body()).isEqualTo(200);
        return strings(page.json().path("content").findValues("code"));
    }

    private static JsonNode findIn(JsonNode array, Predicate<JsonNode> wanted) {
        for (JsonNode element : array) {
            if (wanted.test(element)) {
                return element;
            }
        }
        return MissingNode.getInstance();
    }

    private static List<String> names(JsonNode materials) {
        return strings(materials.findValues("name"));
    }

    private static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(value -> values.add(value.asString()));
        return values;
    }

    private static List<String> strings(List<JsonNode> nodes) {
        return nodes.stream().map(JsonNode::asString).toList();
    }

    /** A file that is a PDF by its first bytes, of the given size. */
    private static byte[] pdfOf(int size) {
        byte[] content = Arrays.copyOf(PDF, size);
        Arrays.fill(content, PDF.length, size, (byte) ' ');
        return content;
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
