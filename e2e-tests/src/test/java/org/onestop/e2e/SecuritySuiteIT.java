package org.onestop.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The OWASP API Security Top 10 (2023), and input handling, tried as an attacker would: through the gateway, on the
 * platform {@code ./onestop up} starts. Every case asserts the status, that a refusal is problem+json without a
 * stack trace or a Java type name, and, where the attack would change something, that nothing changed. The cases
 * that found a defect of the hardening issue say so ("defect N"). At the end every service's log of the run is
 * searched for whole identity numbers: none may be there.
 *
 * <p>Each attacker comes from an address of its own (TEST-NET, in X-Forwarded-For, which the gateway takes from a
 * proxy on this machine), so that the per-address limits this suite trips do not hold up the other journeys.
 */
@ExtendWith(JourneyPlatform.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SecuritySuiteIT {

    private static final String PORTAL = "/api/portal/v1";
    private static final String LICENCE_ITEM = "330100-AMR-GG-009";
    private static final String FOOD_ITEM = "330100-AMR-XK-001";
    private static final String HALL = "杭州市民中心行政服务中心";
    private static final String PASSWORD = "Baochu-pagoda-2026";
    private static final byte[] PDF = "%PDF-1.4\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF\n".getBytes(StandardCharsets.ISO_8859_1);
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R'};
    private static final List<String> LEAKS = List.of("Exception", "\tat ", "java.lang", "java.util", "org.onestop",
            "org.springframework", "tools.jackson", "com.fasterxml", "org.postgresql", "SQLState", "stackTrace");
    private static final AtomicInteger ADDRESS = new AtomicInteger(1);
    private static final Duration EVENTUALLY = Duration.ofSeconds(30);

    private final Gateway gateway = new Gateway(JourneyPlatform.PORTS.gateway());
    private final List<String> identityNumbers = new ArrayList<>();

    private Person owner;
    private Person stranger;
    private String draft;
    private String material;
    private String application;
    private String handedIn;
    private String caseId;
    private String trackingNumber;
    private String inquiry;
    private String editor;
    private String clerk;
    private String admin;

    private record Person(String username, String token, String id) {
    }

    /** An address no other test uses, as a proxy on this machine would pass it on. */
    private static Map<String, String> from() {
        return Map.of("X-Forwarded-For", "198.18.0." + ADDRESS.getAndIncrement());
    }

    private Person register(String prefix) {
        String username = prefix + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        String number = IdentityNumbers.of(true);
        identityNumbers.add(number);
        Gateway.Response registered = gateway.post(PORTAL + "/registrations/natural-persons", null, Map.of(
                "name", "安全测试", "identityNumber", number, "mobile", "13912345678", "username", username,
                "password", PASSWORD), from());
        assertThat(registered.status()).as(registered.body()).isEqualTo(201);
        Gateway.Response signedIn = gateway.post(PORTAL + "/auth/token", null,
                Map.of("username", username, "password", PASSWORD), from());
        assertThat(signedIn.status()).as(signedIn.body()).isEqualTo(200);
        return new Person(username, signedIn.text("accessToken"), registered.text("id"));
    }

    private String newDraft(Person person) {
        Gateway.Response created = gateway.post(PORTAL + "/applications/drafts", person.token(), Map.of(
                "itemCode", LICENCE_ITEM, "formData", Map.of("contactPhone", "13800138000", "shopName", "安全小店")));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.text("id");
    }

    private Gateway.Response upload(Person person, String draftId, String name, String file, String type, byte[] bytes) {
        return gateway.upload(PORTAL + "/applications/drafts/" + draftId + "/materials", person.token(),
                Map.of("name", name), file, type, bytes);
    }

    private Gateway.Response submitted(Person person) {
        String id = newDraft(person);
        assertThat(upload(person, id, "个体工商户登记（备案）申请书", "申请书.pdf", "application/pdf", PDF).status()).isEqualTo(201);
        assertThat(upload(person, id, "居民身份证", "身份证.png", "image/png", PNG).status()).isEqualTo(201);
        Gateway.Response submitted = gateway.post(PORTAL + "/applications/drafts/" + id + "/submit", person.token(),
                Map.of(), Map.of("Idempotency-Key", UUID.randomUUID().toString()));
        assertThat(submitted.status()).as(submitted.body()).isEqualTo(201);
        return submitted;
    }

    @BeforeAll
    void anOwnerWithADraftAnApplicationAndAQuestionAndAStranger() {
        owner = register("secowner");
        stranger = register("secstranger");
        draft = newDraft(owner);
        Gateway.Response uploaded = upload(owner, draft, "居民身份证", "身份证.png", "image/png", PNG);
        assertThat(uploaded.status()).as(uploaded.body()).isEqualTo(201);
        material = uploaded.text("id");
        Gateway.Response submitted = submitted(owner);
        application = submitted.text("id");
        trackingNumber = submitted.text("trackingNumber");
        handedIn = idOfMaterial(submitted, "居民身份证");
        Gateway.Response asked = gateway.post(PORTAL + "/inquiries", owner.token(), Map.of("kind", "CONSULTATION",
                "itemCode", LICENCE_ITEM, "subject", "办理时间", "text", "请问需要多久？"));
        assertThat(asked.status()).as(asked.body()).isEqualTo(201);
        inquiry = asked.text("id");
        editor = gateway.signIn("editor");
        clerk = gateway.signIn("clerk");
        admin = gateway.signIn("admin");
        await("the case the application became").atMost(EVENTUALLY).untilAsserted(() -> {
            Gateway.Response queue = get("/api/processing/v1/cases?size=100&itemCode=" + LICENCE_ITEM, clerk);
            assertThat(queue.status()).as(queue.body()).isEqualTo(200);
            queue.json().path("content").forEach(found -> {
                if (application.equals(found.path("applicationId").asString())) {
                    caseId = found.path("id").asString();
                }
            });
            assertThat(caseId).isNotNull();
        });
    }

    private static String idOfMaterial(Gateway.Response application, String name) {
        for (var material : application.json().path("materials")) {
            if (name.equals(material.path("name").asString())) {
                return material.path("id").asString();
            }
        }
        throw new AssertionError("no material " + name + " in " + application.body());
    }

    /** A refusal as every client may rely on: the status, problem+json, nothing of the implementation. */
    private static void refused(Gateway.Response response, int status) {
        assertThat(response.status()).as(response.body()).isEqualTo(status);
        assertThat(response.contentType()).as(response.body()).startsWith("application/problem+json");
        assertThat(response.json().path("status").asInt()).isEqualTo(status);
        assertNothingLeaks(response);
    }

    private static void assertNothingLeaks(Gateway.Response response) {
        assertThat(LEAKS).as(response.body()).noneMatch(response.body()::contains);
    }

    private static DynamicTest refusal(String name, int status, Supplier<Gateway.Response> attack) {
        return DynamicTest.dynamicTest(name, () -> refused(attack.get(), status));
    }

    private static DynamicTest refusal(String name, int status, Supplier<Gateway.Response> attack,
                                       Consumer<Gateway.Response> andThen) {
        return DynamicTest.dynamicTest(name, () -> {
            Gateway.Response response = attack.get();
            refused(response, status);
            andThen.accept(response);
        });
    }

    private static DynamicTest check(String name, Runnable check) {
        return DynamicTest.dynamicTest(name, check::run);
    }

    private Gateway.Response get(String path, String token) {
        return gateway.get(path, token);
    }

    private Gateway.Response delete(String path, String token) {
        return gateway.exchange("DELETE", path, token, null, Map.of());
    }

    private void draftIsUntouched() {
        Gateway.Response mine = get(PORTAL + "/applications/drafts/" + draft, owner.token());
        assertThat(mine.status()).as(mine.body()).isEqualTo(200);
        assertThat(mine.json().path("formData").path("shopName").asString()).isEqualTo("安全小店");
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    // ---- API1:2023 Broken Object Level Authorization ----

    @TestFactory
    Stream<DynamicTest> api1BrokenObjectLevelAuthorization() {
        String drafts = PORTAL + "/applications/drafts/";
        return Stream.of(
                refusal("a stranger reads someone's application", 404,
                        () -> get(PORTAL + "/applications/" + application, stranger.token())),
                refusal("a stranger reads someone's draft", 404, () -> get(drafts + draft, stranger.token())),
                refusal("a stranger rewrites someone's draft", 404, () -> gateway.put(drafts + draft, stranger.token(),
                        Map.of("formData", Map.of("shopName", "改掉了"))), refused -> draftIsUntouched()),
                refusal("a stranger deletes someone's draft", 404, () -> delete(drafts + draft, stranger.token()),
                        refused -> draftIsUntouched()),
                refusal("a stranger uploads into someone's draft", 404, () -> upload(stranger, draft, "营业执照",
                        "x.pdf", "application/pdf", PDF)),
                refusal("a stranger submits someone's draft", 404, () -> gateway.post(drafts + draft + "/submit",
                        stranger.token(), Map.of(), Map.of("Idempotency-Key", UUID.randomUUID().toString())),
                        refused -> draftIsUntouched()),
                refusal("a stranger downloads someone's identity card", 404,
                        () -> get(PORTAL + "/materials/" + material, stranger.token())),
                refusal("a stranger withdraws someone's application", 404, () -> gateway.post(PORTAL + "/applications/"
                        + application + "/withdrawal", stranger.token(), Map.of("reason", "不想办了")), refused ->
                        assertThat(get(PORTAL + "/applications/" + application, owner.token()).json()
                                .path("withdrawalRequested").asBoolean()).isFalse()),
                refusal("a stranger asks for someone's verification code anew", 404, () -> gateway.post(PORTAL
                        + "/applications/" + application + "/verification-code", stranger.token(), Map.of())),
                refusal("a stranger rates someone's application", 404, () -> gateway.post(PORTAL + "/evaluations",
                        stranger.token(), Map.of("applicationId", application, "level", "VERY_DISSATISFIED",
                                "dimensions", Map.of("overall", 1, "efficiency", 1, "guideAccuracy", 1,
                                        "convenience", 1, "usability", 1), "comment", "差"))),
                refusal("a stranger reads someone's question", 404,
                        () -> get(PORTAL + "/inquiries/" + inquiry, stranger.token())),
                refusal("a stranger follows up someone's question", 404, () -> gateway.post(PORTAL + "/inquiries/"
                        + inquiry + "/follow-ups", stranger.token(), Map.of("text", "我也想问"))),
                refusal("an editor of the handling department downloads a citizen's identity card (defect 10)", 404,
                        () -> get(PORTAL + "/materials/" + handedIn, editor),
                        refused -> assertThat(get(PORTAL + "/materials/" + handedIn, clerk).status())
                                .as("while a clerk who handles it may").isEqualTo(200)),
                check("the owner still has all of it", () -> {
                    assertThat(get(PORTAL + "/materials/" + material, owner.token()).status()).isEqualTo(200);
                    assertThat(get(PORTAL + "/inquiries/" + inquiry, owner.token()).status()).isEqualTo(200);
                    draftIsUntouched();
                }),
                check("a stranger's list holds nothing of someone else's", () -> {
                    Gateway.Response mine = get(PORTAL + "/applications?size=100", stranger.token());
                    assertThat(mine.status()).isEqualTo(200);
                    assertThat(mine.json().path("content").findValuesAsString("id")).doesNotContain(application);
                }));
    }

    // ---- API2:2023 Broken Authentication ----

    private static String unsigned(String claims) {
        Base64.Encoder encoder = Base64.getUrlEncoder().withoutPadding();
        return encoder.encodeToString("{\"alg\":\"none\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8)) + "."
                + encoder.encodeToString(claims.getBytes(StandardCharsets.UTF_8)) + ".";
    }

    private String flippedSignature(String token) {
        char last = token.charAt(token.length() - 2);
        return token.substring(0, token.length() - 2) + (last == 'A' ? 'B' : 'A') + token.charAt(token.length() - 1);
    }

    @TestFactory
    Stream<DynamicTest> api2BrokenAuthentication() {
        long now = System.currentTimeMillis() / 1000;
        String claims = "{\"sub\":\"admin\",\"iss\":\"onestop-portal\",\"aud\":\"onestop\",\"roles\":[\"ADMIN\"],"
                + "\"iat\":" + now + ",\"exp\":" + (now + 600) + "}";
        return Stream.of(
                refusal("no token", 401, () -> get(PORTAL + "/me", null)),
                refusal("a token that is not one", 401, () -> get(PORTAL + "/me", "not.a.token")),
                refusal("an unsigned token (alg none) claiming ADMIN", 401,
                        () -> get(PORTAL + "/admin/machine-clients", unsigned(claims))),
                refusal("a real token with its signature changed", 401,
                        () -> get(PORTAL + "/me", flippedSignature(owner.token()))),
                refusal("a token whose claims were changed after signing", 401, () -> {
                    String[] parts = owner.token().split("\\.");
                    String forged = Base64.getUrlEncoder().withoutPadding().encodeToString(claims.getBytes(StandardCharsets.UTF_8));
                    return get(PORTAL + "/admin/machine-clients", parts[0] + "." + forged + "." + parts[2]);
                }),
                refusal("a wrong password", 401, () -> gateway.post(PORTAL + "/auth/token", null,
                        Map.of("username", owner.username(), "password", "Wrong-password-2026"), from())),
                refusal("the fifth wrong password locks the username", 423, () -> {
                    Person victim = register("seclock");
                    for (int i = 0; i < 4; i++) {
                        gateway.post(PORTAL + "/auth/token", null, Map.of("username", victim.username(),
                                "password", "Guess-" + i + "-2026"), from());
                    }
                    return gateway.post(PORTAL + "/auth/token", null, Map.of("username", victim.username(),
                            "password", "Guess-4-2026"), from());
                }),
                refusal("25 usernames tried from one address: refused before the 21st (defect 2)", 429, () -> {
                    Map<String, String> sprayer = from();
                    Gateway.Response last = null;
                    for (int i = 0; i < 25; i++) {
                        last = gateway.post(PORTAL + "/auth/token", null, Map.of("username", "sprayed" + i,
                                "password", "Spring-2026-guess"), sprayer);
                    }
                    return last;
                }, refused -> assertThat(refused.text("detail")).contains("this address")),
                refusal("31 registrations from one address (defect 2)", 429, () -> {
                    Map<String, String> farm = from();
                    Gateway.Response last = null;
                    for (int i = 0; i < 31; i++) {
                        last = gateway.post(PORTAL + "/registrations/natural-persons", null, Map.of("name", "批量",
                                "identityNumber", IdentityNumbers.of(true), "mobile", "13912345678",
                                "username", "farm" + i + UUID.randomUUID().toString().substring(0, 6),
                                "password", "password1234"), farm);
                    }
                    return last;
                }),
                refusal("a common password is refused (defect 2)", 400, () -> gateway.post(PORTAL
                        + "/registrations/natural-persons", null, Map.of("name", "弱密码", "identityNumber",
                        IdentityNumbers.of(true), "mobile", "13912345678", "username", "weakpw" + ADDRESS.get(),
                        "password", "password1234"), from()),
                        refused -> assertThat(refused.json().path("errors").findValuesAsString("field"))
                                .containsExactly("password")),
                refusal("a sequence is refused as a password (defect 2)", 400, () -> gateway.post(PORTAL
                        + "/registrations/natural-persons", null, Map.of("name", "弱密码", "identityNumber",
                        IdentityNumbers.of(true), "mobile", "13912345678", "username", "seqpw" + ADDRESS.get(),
                        "password", "Aa1234567890"), from())),
                refusal("a used refresh token, presented again, ends the sign-in", 401, () -> {
                    Gateway.Response first = gateway.post(PORTAL + "/auth/token", null,
                            Map.of("username", stranger.username(), "password", PASSWORD), from());
                    String used = first.text("refreshToken");
                    Gateway.Response rotated = gateway.post(PORTAL + "/auth/refresh", null, Map.of("refreshToken", used));
                    assertThat(rotated.status()).isEqualTo(200);
                    Gateway.Response reuse = gateway.post(PORTAL + "/auth/refresh", null, Map.of("refreshToken", used));
                    refused(reuse, 401);
                    return gateway.post(PORTAL + "/auth/refresh", null,
                            Map.of("refreshToken", rotated.text("refreshToken")));
                }),
                refusal("a refresh token after sign-out", 401, () -> {
                    String refresh = gateway.post(PORTAL + "/auth/token", null,
                            Map.of("username", stranger.username(), "password", PASSWORD), from()).text("refreshToken");
                    assertThat(gateway.post(PORTAL + "/auth/logout", null, Map.of("refreshToken", refresh)).status())
                            .isEqualTo(204);
                    return gateway.post(PORTAL + "/auth/refresh", null, Map.of("refreshToken", refresh));
                }),
                refusal("a machine client with a wrong secret", 401, () -> gateway.exchange("POST", PORTAL + "/auth/token",
                        null, "grant_type=client_credentials&client_id=onestop-processing&client_secret=guess",
                        Map.of("Content-Type", "application/x-www-form-urlencoded"))),
                check("the published key set has public keys only", () -> {
                    Gateway.Response jwks = get(PORTAL + "/auth/jwks", null);
                    assertThat(jwks.status()).isEqualTo(200);
                    assertThat(jwks.json().path("keys").size()).isPositive();
                    assertThat(jwks.json().path("keys").findValues("d")).isEmpty();
                }),
                check("tokens name the portal as issuer and OneStop as audience (defect 9)", () -> {
                    String payload = new String(Base64.getUrlDecoder().decode(owner.token().split("\\.")[1]),
                            StandardCharsets.UTF_8);
                    assertThat(payload).contains("\"iss\":\"onestop-portal\"").contains("\"aud\":\"onestop\"");
                }));
    }

    // ---- API3:2023 Broken Object Property Level Authorization ----

    @TestFactory
    Stream<DynamicTest> api3BrokenObjectPropertyLevelAuthorization() {
        return Stream.of(
                check("roles, status and account type in a registration are ignored", () -> {
                    Map<String, Object> body = new HashMap<>(Map.of("name", "想当管理员", "identityNumber",
                            IdentityNumbers.of(true), "mobile", "13912345678", "username", "wannabe" + ADDRESS.get(),
                            "password", PASSWORD));
                    body.put("roles", List.of("ADMIN"));
                    body.put("status", "ACTIVE");
                    body.put("accountType", "STAFF");
                    Gateway.Response registered = gateway.post(PORTAL + "/registrations/natural-persons", null, body,
                            from());
                    assertThat(registered.status()).as(registered.body()).isEqualTo(201);
                    assertThat(registered.json().path("roles").toString()).isEqualTo("[\"CITIZEN\"]");
                    assertThat(registered.text("accountType")).isEqualTo("NATURAL_PERSON");
                }),
                check("a profile shows the identity number masked and no password hash", () -> {
                    Gateway.Response me = get(PORTAL + "/me", owner.token());
                    assertThat(me.status()).isEqualTo(200);
                    assertThat(me.text("identityNumber")).matches("\\d{6}\\*{8}[0-9X*]{4}");
                    assertThat(me.body()).doesNotContain(identityNumbers.get(0)).doesNotContainIgnoringCase("password");
                }),
                check("the anonymous progress shows no name, form data or notes", () -> {
                    Gateway.Response code = gateway.post(PORTAL + "/applications/" + application + "/verification-code",
                            owner.token(), Map.of());
                    assertThat(code.status()).as(code.body()).isEqualTo(200);
                    Gateway.Response progress = get(PORTAL + "/progress?trackingNumber=" + encode(trackingNumber)
                            + "&code=" + encode(code.text("verificationCode")), null);
                    assertThat(progress.status()).as(progress.body()).isEqualTo(200);
                    assertThat(progress.body()).doesNotContain("安全小店").doesNotContain("安全测试")
                            .doesNotContain("formData").doesNotContain("13800138000");
                }),
                check("a draft's owner is the caller whatever the body says", () -> {
                    Map<String, Object> body = new HashMap<>(Map.of("itemCode", LICENCE_ITEM,
                            "formData", Map.of("shopName", "冒名店")));
                    body.put("applicantId", owner.id());
                    body.put("status", "SUBMITTED");
                    Gateway.Response created = gateway.post(PORTAL + "/applications/drafts", stranger.token(), body);
                    assertThat(created.status()).as(created.body()).isEqualTo(201);
                    assertThat(get(PORTAL + "/applications/drafts/" + created.text("id"), owner.token()).status())
                            .isEqualTo(404);
                    assertThat(delete(PORTAL + "/applications/drafts/" + created.text("id"), stranger.token()).status())
                            .isEqualTo(204);
                }),
                refusal("a machine client cannot be given ADMIN", 400, () -> gateway.post(PORTAL + "/admin/machine-clients",
                        admin, Map.of("name", "越权系统", "departmentCode", "330100-AMR", "regionCode", "330100",
                                "roles", List.of("ADMIN")))),
                check("the staff list shows no password hashes", () -> {
                    Gateway.Response staff = get(PORTAL + "/staff-accounts?size=100", admin);
                    assertThat(staff.status()).as(staff.body()).isEqualTo(200);
                    assertThat(staff.body()).doesNotContainIgnoringCase("passwordHash").doesNotContain("{bcrypt}");
                }));
    }

    // ---- API4:2023 Unrestricted Resource Consumption ----

    @TestFactory
    Stream<DynamicTest> api4UnrestrictedResourceConsumption() {
        String drafts = PORTAL + "/applications/drafts";
        return Stream.of(
                refusal("a JSON body over 1 MB", 413, () -> gateway.postRaw(drafts, stranger.token(),
                        "{\"itemCode\":\"" + LICENCE_ITEM + "\",\"formData\":{\"shopName\":\"" + "x".repeat(1_100_000)
                                + "\"}}", Map.of())),
                refusal("a form field of 20,000 characters (defect 1)", 400, () -> gateway.post(drafts, stranger.token(),
                        Map.of("itemCode", LICENCE_ITEM, "formData", Map.of("shopName", "店".repeat(20_000))))),
                refusal("a form with 1,000 keys (defect 1)", 400, () -> {
                    Map<String, Object> form = new LinkedHashMap<>();
                    for (int i = 0; i < 1000; i++) {
                        form.put("k" + i, "v");
                    }
                    return gateway.post(drafts, stranger.token(), Map.of("itemCode", LICENCE_ITEM, "formData", form));
                }),
                refusal("a value nested 40 levels deep", 400, () -> gateway.postRaw(drafts, stranger.token(),
                        "{\"itemCode\":\"" + LICENCE_ITEM + "\",\"formData\":{\"a\":" + "[".repeat(40) + "1"
                                + "]".repeat(40) + "}}", Map.of())),
                refusal("a page of 10,000", 400, () -> get(PORTAL + "/catalog/items?size=10000", null),
                        refused -> assertThat(refused.json().path("errors").findValuesAsString("field"))
                                .containsExactly("size")),
                refusal("a file over 10 MB", 413, () -> upload(stranger, newDraft(stranger), "居民身份证", "big.pdf",
                        "application/pdf", pdfOf(10 * 1024 * 1024 + 1))),
                refusal("more than 20 drafts at once", 409, () -> {
                    Person hoarder = register("sechoard");
                    for (int i = 0; i < 20; i++) {
                        newDraft(hoarder);
                    }
                    return gateway.post(drafts, hoarder.token(), Map.of("itemCode", LICENCE_ITEM, "formData", Map.of()));
                }),
                refusal("21 guesses at one tracking number, from many addresses (defect 12)", 429, () -> {
                    Gateway.Response last = null;
                    for (int i = 0; i < 21; i++) {
                        last = gateway.exchange("GET", PORTAL + "/progress?trackingNumber=" + encode(trackingNumber)
                                + "&code=GUESS" + i, null, null, from());
                    }
                    return last;
                }),
                refusal("61 inquiries from one address for many tracking numbers (defect 12)", 429, () -> {
                    Map<String, String> scanner = from();
                    Gateway.Response last = null;
                    for (int i = 0; i < 61; i++) {
                        last = gateway.exchange("GET", PORTAL + "/progress?trackingNumber=330100-20261204-AAAA" + i
                                + "&code=ABCDEFGH", null, null, scanner);
                    }
                    return last;
                }));
    }

    private static byte[] pdfOf(int size) {
        byte[] content = new byte[size];
        System.arraycopy(PDF, 0, content, 0, PDF.length);
        return content;
    }

    // ---- API5:2023 Broken Function Level Authorization ----

    @TestFactory
    Stream<DynamicTest> api5BrokenFunctionLevelAuthorization() {
        String anyId = UUID.randomUUID().toString();
        String citizen = stranger.token();
        return Stream.of(
                refusal("a citizen creates a service item", 403, () -> itemWithBlankForm(citizen,
                        "https://example.org/form.pdf")),
                refusal("a citizen publishes a service item", 403, () -> gateway.post("/api/management/v1/service-items/"
                        + anyId + "/publish", citizen, Map.of())),
                refusal("a citizen lists machine clients", 403, () -> get(PORTAL + "/admin/machine-clients", citizen)),
                refusal("a citizen rotates the signing key", 403,
                        () -> gateway.post(PORTAL + "/admin/signing-keys/rotation", citizen, Map.of())),
                refusal("a citizen creates a staff account", 403, () -> gateway.post(PORTAL + "/staff-accounts", citizen,
                        Map.of("username", "mole", "displayName", "内鬼", "password", PASSWORD, "departmentCode",
                                "330100-AMR", "regionCode", "330100", "roles", List.of("CLERK")))),
                refusal("a citizen disables an account", 403,
                        () -> gateway.post(PORTAL + "/accounts/" + owner.id() + "/disable", citizen, Map.of()),
                        refused -> assertThat(get(PORTAL + "/me", owner.token()).status()).isEqualTo(200)),
                refusal("a citizen accepts a case", 403,
                        () -> gateway.post("/api/processing/v1/cases/" + anyId + "/accept", citizen, Map.of("opinion", "ok"))),
                refusal("a citizen lists the cases", 403, () -> get("/api/processing/v1/cases", citizen)),
                refusal("a citizen reads who downloaded materials", 403,
                        () -> get(PORTAL + "/staff/material-downloads?applicationId=" + application, citizen)),
                refusal("a citizen reads the data-sharing audit", 403, () -> get("/api/data-sharing/v1/audit", citizen)),
                refusal("a citizen recomputes the indicators", 403, () -> gateway.post(
                        "/api/data-sharing/v1/indicators/recomputation?from=2026-01-01&to=2026-01-31", citizen, Map.of())),
                refusal("an editor of the department accepts its case", 403,
                        () -> gateway.post("/api/processing/v1/cases/" + caseId + "/accept", editor, Map.of("opinion", "ok")),
                        refused -> assertThat(get("/api/processing/v1/cases/" + caseId, clerk).json().path("state")
                                .asString()).isEqualTo("SUBMITTED")),
                refusal("a clerk creates a staff account", 403, () -> gateway.post(PORTAL + "/staff-accounts", clerk,
                        Map.of("username", "mole2", "displayName", "内鬼", "password", PASSWORD, "departmentCode",
                                "330100-AMR", "regionCode", "330100", "roles", List.of("ADMIN")))),
                refusal("a clerk resets an administrator's password", 403, () -> gateway.post(PORTAL + "/accounts/"
                        + anyId + "/password-reset", clerk, Map.of("newPassword", "Taken-over-2026"))),
                refusal("a clerk publishes a service item", 403, () -> gateway.post("/api/management/v1/service-items/"
                        + anyId + "/publish", clerk, Map.of())));
    }

    // ---- API6:2023 Unrestricted Access to Sensitive Business Flows ----

    @TestFactory
    Stream<DynamicTest> api6SensitiveBusinessFlows() {
        return Stream.of(
                check("a submission repeated with its key makes one application", () -> {
                    String id = newDraft(stranger);
                    assertThat(upload(stranger, id, "个体工商户登记（备案）申请书", "a.pdf", "application/pdf", PDF).status())
                            .isEqualTo(201);
                    assertThat(upload(stranger, id, "居民身份证", "b.png", "image/png", PNG).status()).isEqualTo(201);
                    String key = UUID.randomUUID().toString();
                    Gateway.Response first = gateway.post(PORTAL + "/applications/drafts/" + id + "/submit",
                            stranger.token(), Map.of(), Map.of("Idempotency-Key", key));
                    Gateway.Response again = gateway.post(PORTAL + "/applications/drafts/" + id + "/submit",
                            stranger.token(), Map.of(), Map.of("Idempotency-Key", key));
                    assertThat(first.status()).as(first.body()).isEqualTo(201);
                    assertThat(again.status()).isEqualTo(200);
                    assertThat(again.text("id")).isEqualTo(first.text("id"));
                }),
                refusal("a second withdrawal", 409, () -> {
                    String id = submitted(stranger).text("id");
                    String path = PORTAL + "/applications/" + id + "/withdrawal";
                    assertThat(gateway.post(path, stranger.token(), Map.of("reason", "重复")).status()).isIn(200, 202);
                    return gateway.post(path, stranger.token(), Map.of("reason", "再撤一次"));
                }),
                refusal("a fourth hall visit of one item held at once (defect 4)", 409, () -> {
                    Person hoarder = register("secslots");
                    Gateway.Response slots = get(PORTAL + "/catalog/items/" + FOOD_ITEM + "/slots?size=100&hall="
                            + encode(HALL), null);
                    assertThat(slots.status()).as(slots.body()).isEqualTo(200);
                    List<Map<String, Object>> free = new ArrayList<>();
                    slots.json().path("content").forEach(slot -> {
                        if (slot.path("remaining").asInt() > 0 && free.size() < 4) {
                            free.add(Map.of("itemCode", FOOD_ITEM, "hall", HALL, "date", slot.path("date").asString(),
                                    "start", slot.path("start").asString()));
                        }
                    });
                    assertThat(free).as("four free slots within a week: %s", slots.body()).hasSize(4);
                    for (Map<String, Object> booking : free.subList(0, 3)) {
                        Gateway.Response booked = gateway.post(PORTAL + "/bookings", hoarder.token(), booking);
                        assertThat(booked.status()).as(booked.body()).isEqualTo(201);
                    }
                    return gateway.post(PORTAL + "/bookings", hoarder.token(), free.get(3));
                }, refused -> assertThat(refused.body()).contains("maxActivePerItem")),
                refusal("a rating before the conclusion", 409, () -> gateway.post(PORTAL + "/evaluations", owner.token(),
                        Map.of("applicationId", application, "level", "SATISFIED", "dimensions", Map.of("overall", 5,
                                "efficiency", 5, "guideAccuracy", 5, "convenience", 5, "usability", 5), "comment", "好"))),
                check("a wrong code and an unknown number answer alike", () -> {
                    Gateway.Response wrong = gateway.exchange("GET", PORTAL + "/progress?trackingNumber="
                            + encode(trackingNumber) + "&code=WRONGCOD", null, null, from());
                    Gateway.Response unknown = gateway.exchange("GET", PORTAL + "/progress?trackingNumber="
                            + "330100-20261204-ZZZZZZZZ&code=WRONGCOD", null, null, from());
                    refused(wrong, 404);
                    refused(unknown, 404);
                    assertThat(wrong.text("detail")).isEqualTo(unknown.text("detail"));
                }),
                check("tracking numbers cannot be counted through (defect 12)", () -> {
                    String next = submitted(stranger).text("trackingNumber");
                    String suffix = trackingNumber.substring(trackingNumber.lastIndexOf('-') + 1);
                    assertThat(suffix).hasSizeGreaterThanOrEqualTo(8).doesNotContainPattern("^[0-9]+$");
                    assertThat(next).isNotEqualTo(trackingNumber);
                }));
    }

    // ---- API7:2023 Server Side Request Forgery ----

    private Gateway.Response itemWithBlankForm(String url) {
        return itemWithBlankForm(editor, url);
    }

    private Gateway.Response itemWithBlankForm(String token, String url) {
        return gateway.post("/api/management/v1/service-items", token, Map.of(
                "code", "330100-SEC-" + ADDRESS.getAndIncrement(), "name", "链接测试事项", "itemType", "ADMINISTRATIVE_LICENSING",
                "regionCode", "330100", "departmentCode", "330100-AMR", "departmentName", "杭州市市场监督管理局",
                "legalLimitDays", 20, "promisedLimitDays", 10,
                "guide", Map.of("materials", List.of(Map.of("name", "申请书", "form", "ORIGINAL", "necessity", "REQUIRED",
                        "source", "APPLICANT", "copies", 1, "blankFormUrl", url)))));
    }

    private static void namesTheLink(Gateway.Response refused) {
        assertThat(refused.json().path("errors").findValuesAsString("field")).anyMatch(f -> f.endsWith("blankFormUrl"));
    }

    @TestFactory
    Stream<DynamicTest> api7ServerSideRequestForgery() {
        return Stream.of(
                refusal("a javascript: link in a guide (defect 5)", 400, () -> itemWithBlankForm("javascript:alert(1)"),
                        SecuritySuiteIT::namesTheLink),
                refusal("a data: link in a guide (defect 5)", 400,
                        () -> itemWithBlankForm("data:text/html,<script>alert(1)</script>"), SecuritySuiteIT::namesTheLink),
                refusal("a file: link in a guide", 400, () -> itemWithBlankForm("file:///etc/passwd"),
                        SecuritySuiteIT::namesTheLink),
                refusal("a gopher: link in a guide", 400, () -> itemWithBlankForm("gopher://127.0.0.1:6379/_INFO"),
                        SecuritySuiteIT::namesTheLink));
    }

    // ---- API8:2023 Security Misconfiguration ----

    @TestFactory
    Stream<DynamicTest> api8SecurityMisconfiguration() {
        String drafts = PORTAL + "/applications/drafts";
        return Stream.of(
                refusal("TRACE (defect 8)", 405, () -> gateway.exchange("TRACE", PORTAL + "/catalog/items", null, null,
                        Map.of())),
                refusal("a semicolon in the path (defect 8)", 400, () -> get(PORTAL + "/catalog/items;jsessionid=1", null)),
                refusal("a double slash in the path (defect 8)", 400, () -> get("/api/portal//v1/catalog/items", null)),
                refusal("an encoded dot segment (defect 8)", 400,
                        () -> get("/api/portal/v1/catalog/%2e%2e/%2e%2e/actuator/env", null)),
                refusal("the gateway's metrics on its public port (defect 8)", 404, () -> get("/actuator/prometheus", null)),
                refusal("the gateway's environment on its public port", 404, () -> get("/actuator/env", null)),
                check("an API answer forbids framing, sniffing and any active content (defect 8)", () -> {
                    java.net.http.HttpHeaders headers = gateway.headersOf(PORTAL + "/catalog/items", null);
                    assertThat(headers.firstValue("Content-Security-Policy")).hasValueSatisfying(csp ->
                            assertThat(csp).contains("default-src 'none'").contains("frame-ancestors 'none'"));
                    assertThat(headers.firstValue("X-Content-Type-Options")).contains("nosniff");
                }),
                refusal("a path nobody serves", 404, () -> get("/api/nowhere/v1/things", owner.token())),
                refusal("an id that is not one (defect 6)", 400, () -> get(drafts + "/not-a-uuid", owner.token()),
                        refused -> assertThat(refused.body()).doesNotContain("java.util")),
                refusal("an unknown status in a query (defect 6)", 400,
                        () -> get(PORTAL + "/applications?status=NOPE", owner.token()),
                        refused -> assertThat(refused.body()).contains("SUBMITTED").doesNotContain("ApplicationStatus")),
                refusal("a page that is not a number (defect 6)", 400, () -> get(PORTAL + "/catalog/items?page=first", null)),
                refusal("a NUL byte in a field is a 400, not a conflict (defect 6)", 400, () -> gateway.post(drafts,
                        owner.token(), Map.of("itemCode", "330100\u0000AMR", "formData", Map.of()))),
                refusal("a body that is not JSON", 400, () -> gateway.postRaw(drafts, owner.token(), "{\"itemCode\":", Map.of())),
                refusal("a body of the wrong type", 415, () -> gateway.exchange("POST", drafts, owner.token(), "itemCode=x",
                        Map.of("Content-Type", "text/plain"))),
                refusal("a field of the wrong type", 400, () -> gateway.postRaw(drafts, owner.token(),
                        "{\"itemCode\":{\"$ne\":null},\"formData\":[]}", Map.of())),
                check("the OpenAPI documents send 'try it out' through the gateway (defect 8)", () -> {
                    Gateway.Response docs = get("/api/portal/v3/api-docs", null);
                    assertThat(docs.status()).as(docs.body()).isEqualTo(200);
                    assertThat(docs.json().path("servers").findValuesAsString("url"))
                            .allMatch(url -> !url.contains(":18081") && !url.contains(":8081"));
                }));
    }

    // ---- API9:2023 Improper Inventory Management ----

    @TestFactory
    Stream<DynamicTest> api9ImproperInventoryManagement() {
        return Stream.of(
                refusal("an API version that does not exist", 404, () -> get("/api/portal/v0/me", owner.token())),
                refusal("a service that does not exist", 404, () -> get("/api/legacy/v1/accounts", owner.token())),
                check("every service's API is documented through the gateway", () -> {
                    for (String service : List.of("portal", "management", "processing", "data-sharing")) {
                        Gateway.Response docs = get("/api/" + service + "/v3/api-docs", null);
                        assertThat(docs.status()).as(service).isEqualTo(200);
                        assertThat(docs.json().path("paths").size()).as(service).isPositive();
                    }
                }),
                refusal("a service's actuator through the gateway", 404,
                        () -> get("/api/portal/actuator/env", owner.token())));
    }

    // ---- API10:2023 Unsafe Consumption of APIs ----

    @TestFactory
    Stream<DynamicTest> api10UnsafeConsumptionOfApis() {
        return Stream.of(
                refusal("someone else's e-certificate used in a draft", 400, () -> {
                    String number = certificateOfAnother();
                    return gateway.post(PORTAL + "/applications/drafts/" + newDraft(stranger) + "/materials",
                            stranger.token(), Map.of("name", "营业执照", "certificateNumber", number));
                }),
                refusal("an e-certificate that does not exist used in a draft", 400, () -> gateway.post(PORTAL
                        + "/applications/drafts/" + newDraft(stranger) + "/materials", stranger.token(),
                        Map.of("name", "营业执照", "certificateNumber", "NO-SUCH-CERTIFICATE-1"))),
                refusal("a file whose bytes are not what its name says", 415, () -> upload(stranger, newDraft(stranger),
                        "居民身份证", "id.png", "image/png", "<script>alert(1)</script>".getBytes(StandardCharsets.UTF_8))),
                refusal("a verification of a certificate nobody issued", 404,
                        () -> get("/api/data-sharing/v1/certificates/NO-SUCH-CERTIFICATE-1/verification", clerk)));
    }

    /** A certificate number someone else holds: the demo citizen's, once the journeys have made one, else made up. */
    private String certificateOfAnother() {
        Gateway.Response held = get(PORTAL + "/certificates/mine", gateway.signIn("zhangsan"));
        List<String> numbers = held.json().findValuesAsString("number");
        return numbers.isEmpty() ? "330100-BL-NOT-YOURS" : numbers.get(0);
    }

    // ---- Input handling ----

    private Gateway.Response registerNamed(String name) {
        return gateway.post(PORTAL + "/registrations/natural-persons", null, Map.of("name", name, "identityNumber",
                IdentityNumbers.of(true), "mobile", "13912345678", "username", "named" + ADDRESS.get(),
                "password", PASSWORD), from());
    }

    @TestFactory
    Stream<DynamicTest> inputHandling() {
        return Stream.of(
                refusal("a right-to-left override in a name (defect 7)", 400, () -> registerNamed("王\u202E五")),
                refusal("a control character in a name (defect 7)", 400, () -> registerNamed("王\u0007五")),
                refusal("a name of zero-width characters alone (defect 7)", 400, () -> registerNamed("\u200B\u200B")),
                check("a name is kept in NFC without surrounding spaces (defect 7)", () -> {
                    Gateway.Response registered = registerNamed("  Zoe\u0308 李  ");
                    assertThat(registered.status()).as(registered.body()).isEqualTo(201);
                    assertThat(registered.text("displayName")).isEqualTo("Zoë 李");
                }),
                refusal("an identity number with a wrong check character", 400, () -> gateway.post(PORTAL
                        + "/registrations/natural-persons", null, Map.of("name", "错号", "identityNumber",
                        IdentityNumbers.of(false), "mobile", "13912345678", "username", "wrongid" + ADDRESS.get(),
                        "password", PASSWORD), from()), refused -> assertThat(refused.json().path("errors")
                        .findValuesAsString("field")).containsExactly("identityNumber")),
                refusal("a credit code with a wrong check character", 400, () -> gateway.post(PORTAL
                        + "/registrations/legal-persons", null, Map.of("enterpriseName", "某公司", "creditCode",
                        "91330100MA27XXXX0A", "legalRepresentative", "张三", "username", "wrongcc" + ADDRESS.get(),
                        "password", PASSWORD), from())),
                refusal("a control character in a query parameter", 400, () -> get(PORTAL + "/catalog/items?q=%00", null)),
                refusal("a text-direction override in a query parameter", 400,
                        () -> get(PORTAL + "/catalog/items?q=%E2%80%AE", null)),
                check("SQL in a search is only text", () -> {
                    Gateway.Response found = get(PORTAL + "/catalog/items?q=" + encode("食品' OR '1'='1"), null);
                    assertThat(found.status()).isEqualTo(200);
                    assertThat(found.json().path("content").size()).isZero();
                    assertThat(get(PORTAL + "/catalog/items?q=" + encode("食品"), null).json().path("content").size())
                            .isPositive();
                }),
                check("markup in a field comes back as JSON text, never as a page", () -> {
                    Gateway.Response created = gateway.post(PORTAL + "/applications/drafts", stranger.token(), Map.of(
                            "itemCode", LICENCE_ITEM, "formData", Map.of("shopName", "<script>alert(1)</script>")));
                    assertThat(created.status()).as(created.body()).isEqualTo(201);
                    assertThat(created.contentType()).startsWith("application/json");
                    assertThat(delete(PORTAL + "/applications/drafts/" + created.text("id"), stranger.token()).status())
                            .isEqualTo(204);
                }),
                refusal("a header-borne channel that is not one", 400, () -> gateway.exchange("GET", PORTAL + "/me",
                        owner.token(), null, Map.of("X-Channel", "<script>"))));
    }

    // ---- No whole identity number in any log ----

    @AfterAll
    void noServiceLogHoldsAWholeIdentityNumber() throws IOException {
        await("the services' logs, once the last events of this suite were handled").atMost(EVENTUALLY)
                .untilAsserted(() -> assertThat(identityNumbers).isNotEmpty());
        Path logs = OneStopPlatform.REPOSITORY.resolve("e2e-tests/target/journey-home/logs");
        try (Stream<Path> files = Files.list(logs)) {
            for (Path log : files.filter(file -> file.toString().endsWith(".log")).toList()) {
                String text = Files.readString(log, StandardCharsets.UTF_8);
                assertThat(IdentityNumbers.firstIn(text)).as("a whole identity number in " + log.getFileName()).isNull();
                for (String number : identityNumbers) {
                    assertThat(text).as(log.getFileName().toString()).doesNotContain(number);
                }
            }
        }
    }
}
