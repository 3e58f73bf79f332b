package org.onestop.portal.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.onestop.contracts.Topics;
import org.onestop.contracts.processing.CaseAccepted;
import org.onestop.contracts.processing.CaseReceived;
import org.onestop.contracts.processing.CorrectionRequested;
import org.onestop.portal.BookableItems;
import org.onestop.testsupport.ApiClient;
import org.onestop.testsupport.EventProbe;
import org.onestop.testsupport.ServiceIntegrationTest;
import org.onestop.testsupport.SettableClock;
import org.onestop.testsupport.TestEvents;
import org.onestop.testsupport.TestTokens;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Import;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * Notifications leave the platform by email, to a real SMTP server (GreenMail) in the test's JVM: once per event,
 * in the person's language, held through their quiet hours unless the law makes them urgent, tried again while the
 * relay is down and given up after the last attempt, each message's status on its inbox item. The portal's clock is
 * the test's.
 */
@ServiceIntegrationTest
@Import(SettableClock.Installed.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NotificationDeliveryIT {

    private static final String ITEM = "330100-ND-0001";
    private static final Duration EVENTUALLY = Duration.ofSeconds(20);
    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    private static final int SMTP_PORT = freePort();
    private static GreenMail relay = startRelay();
    private static final AliyunSmsServer TEXTS = aliyun();

    private final ApiClient api;
    private final TestTokens.Minter tokens;
    private final SettableClock clock;

    NotificationDeliveryIT(@Value("${local.server.port}") int port, @Autowired JwtEncoder portalKey,
                           @Autowired Clock clock) {
        this.api = ApiClient.onPort(port);
        this.clock = (SettableClock) clock;
        this.tokens = TestTokens.signedBy(portalKey, clock);
    }

    @DynamicPropertySource
    static void relayOnLoopback(DynamicPropertyRegistry properties) {
        properties.add("spring.mail.host", () -> "127.0.0.1");
        properties.add("spring.mail.port", () -> SMTP_PORT);
        properties.add("spring.mail.properties.mail.smtp.connectiontimeout", () -> "2000");
        properties.add("spring.mail.properties.mail.smtp.timeout", () -> "2000");
        properties.add("onestop.portal.notifications.dispatch-interval", () -> "100ms");
        properties.add("onestop.portal.notifications.site-url", () -> "https://gov.example");
        properties.add("onestop.portal.notifications.max-attempts", () -> "3");
        properties.add("onestop.portal.notifications.first-retry", () -> "1m");
        properties.add("onestop.portal.notifications.longest-retry", () -> "10m");
        properties.add("onestop.portal.notifications.sms.provider", () -> "ALIYUN");
        properties.add("onestop.portal.notifications.sms.endpoint", TEXTS::endpoint);
        properties.add("onestop.portal.notifications.sms.key-id", () -> AliyunSmsServer.KEY_ID);
        properties.add("onestop.portal.notifications.sms.key-secret", () -> AliyunSmsServer.KEY_SECRET);
        properties.add("onestop.portal.notifications.sms.sign-name", () -> "政务服务");
        properties.add("onestop.portal.notifications.sms.templates.CORRECTION_REQUESTED", () -> "SMS_100000001");
        properties.add("onestop.portal.notifications.sms.templates.STATUS_CHANGED", () -> "SMS_100000002");
        properties.add("onestop.portal.notifications.sms.english-templates.CORRECTION_REQUESTED", () -> "SMS_200000001");
        properties.add("onestop.portal.notifications.sms.hourly-limit", () -> "3");
        properties.add("onestop.portal.notifications.sms.identical-hourly-limit", () -> "1");
        properties.add("onestop.portal.notifications.sms.receipt-interval", () -> "200ms");
    }

    @BeforeAll
    void anItemIsPublished() {
        BookableItems.publish(api, ITEM);
    }

    @AfterAll
    void stopTheRelayAndTheProvider() {
        relay.stop();
        TEXTS.close();
    }

    @Test
    void aPersonWhoChoseTextsGetsEachStepOnceByTextWithItsReceiptAndTheirLanguagesTemplate() {
        String phone = mobile();
        Person person = personWhoWants(Map.of("smsEnabled", true, "phone", phone, "language", "en"));
        String trackingNumber = threeStepsOf(person);

        await().atMost(EVENTUALLY).until(() -> textsTo(phone).size() == 3);
        assertThat(textsTo(phone)).extracting(text -> text.get("TemplateCode"))
                .containsExactlyInAnyOrder("SMS_200000001", "SMS_100000002", "SMS_100000002");
        assertThat(textsTo(phone)).allSatisfy(text -> assertThat(text.get("TemplateParam"))
                .isEqualTo("{\"reference\":\"" + trackingNumber + "\"}"));
        await().atMost(EVENTUALLY).until(() -> deliveriesOf(person).stream()
                .allMatch(d -> "DELIVERED".equals(d.path("status").asString())));
        assertThat(deliveriesOf(person)).hasSize(3).allSatisfy(d -> assertThat(d.path("channel").asString()).isEqualTo("SMS"));
        assertThat(mailTo(person.email())).as("texts only, as chosen").isEmpty();
    }

    @Test
    void aNumberGetsItsHourlyShareOfTextsAndTheNextWaitsWithoutLosingAnAttempt() {
        String phone = mobile();
        Person person = personWhoWants(Map.of("smsEnabled", true, "phone", phone));
        threeStepsOf(person);
        received(person);

        await().atMost(EVENTUALLY).until(() -> textsTo(phone).size() == 3 && deliveriesOf(person).size() == 4);
        await().atMost(EVENTUALLY).until(() -> deliveriesOf(person).stream()
                .filter(d -> "QUEUED".equals(d.path("status").asString())).count() == 1);
        assertThat(deliveriesOf(person)).filteredOn(d -> "QUEUED".equals(d.path("status").asString()))
                .singleElement().satisfies(d -> assertThat(d.path("attempts").asInt()).isZero());

        clock.set(clock.instant().plus(Duration.ofMinutes(61)));

        await().atMost(EVENTUALLY).until(() -> textsTo(phone).size() == 4);
    }

    @Test
    void aNumberGetsOneOfIdenticalTextsAnHourAndTheRepeatsWaitWithoutLosingAnAttempt() {
        String phone = mobile();
        Person person = personWhoWants(Map.of("smsEnabled", true, "phone", phone));
        Submitted application = received(person);
        var accepted = new CaseAccepted(application.caseId(), application.id(), application.trackingNumber(), "clerk",
                "材料齐全", "330100", "330100-AMR", "hall", Instant.now());
        for (int told = 0; told < 3; told++) {
            TestEvents.publish(Topics.CASE, accepted);
        }

        await().atMost(EVENTUALLY).until(() -> deliveriesOf(person).size() == 4 && deliveriesOf(person).stream()
                .filter(d -> "QUEUED".equals(d.path("status").asString())).count() == 2);
        assertThat(textsTo(phone)).as("the received notice and one of the three identical ones, under the hourly limit")
                .hasSize(2);
        assertThat(deliveriesOf(person)).filteredOn(d -> "QUEUED".equals(d.path("status").asString()))
                .allSatisfy(d -> assertThat(d.path("attempts").asInt()).isZero());

        clock.set(clock.instant().plus(Duration.ofMinutes(61)));

        await().atMost(EVENTUALLY).until(() -> textsTo(phone).size() == 3);
    }

    @Test
    void aPersonWhoChoseEmailGetsEachStepOnceInChineseAndTheInboxShowsEachSent() throws Exception {
        try (EventProbe probe = EventProbe.on(Topics.NOTIFICATION)) {
            Person person = personWhoWants(Map.of("emailEnabled", true, "language", "zh-CN"));
            String trackingNumber = threeStepsOf(person);

            await().atMost(EVENTUALLY).until(() -> mailTo(person.email()).size() == 3);
            List<MimeMessage> mail = mailTo(person.email());
            assertThat(mail).extracting(MimeMessage::getSubject)
                    .containsExactlyInAnyOrder("办件进度：" + trackingNumber, "办件进度：" + trackingNumber,
                            "请补正材料：" + trackingNumber);
            MimeMessage correction = mail.stream().filter(m -> subjectOf(m).startsWith("请补正材料")).findFirst().orElseThrow();
            assertThat(correction.getContent().toString()).contains("法定办理时限暂停", "营业执照副本", "健康证明",
                    "https://gov.example/my/messages");

            await().atMost(EVENTUALLY).until(() -> deliveriesOf(person).stream()
                    .allMatch(d -> "SENT".equals(d.path("status").asString())));
            List<JsonNode> receipts = deliveriesOf(person);
            assertThat(receipts).hasSize(3).allSatisfy(d -> {
                assertThat(d.path("channel").asString()).isEqualTo("EMAIL");
                assertThat(d.path("attempts").asInt()).isEqualTo(1);
            });
            await().atMost(EVENTUALLY).until(() -> probe.poll().stream().filter(r -> r.value().contains(person.id())
                    && r.value().contains("\"status\":\"SENT\"")).count() == 3);
            assertThat(probe.poll()).filteredOn(r -> r.value().contains(person.id()))
                    .allSatisfy(r -> assertThat(r.value()).doesNotContain(person.email()));
        }
    }

    @Test
    void quietHoursHoldAnOrdinaryMessageUntilTheyEndButNotACorrectionRequest() throws Exception {
        LocalTime local = clock.instant().atZone(CHINA).toLocalTime().truncatedTo(ChronoUnit.MINUTES);
        Person person = personWhoWants(Map.of("emailEnabled", true, "language", "en",
                "quietFrom", local.minusHours(1).toString(), "quietUntil", local.plusHours(1).toString()));
        String trackingNumber = threeStepsOf(person);

        await().atMost(EVENTUALLY).until(() -> mailTo(person.email()).size() == 1);
        assertThat(subjectOf(mailTo(person.email()).get(0))).isEqualTo("Correction requested: " + trackingNumber);
        assertThat(deliveriesOf(person)).extracting(d -> d.path("status").asString())
                .containsExactlyInAnyOrder("SENT", "QUEUED", "QUEUED");

        clock.set(clock.instant().plus(Duration.ofHours(2)));

        await().atMost(EVENTUALLY).until(() -> mailTo(person.email()).size() == 3);
        assertThat(mailTo(person.email())).extracting(NotificationDeliveryIT::subjectOf)
                .filteredOn(s -> s.startsWith("Application update: ")).hasSize(2);
    }

    @Test
    void aRelayThatIsDownIsTriedAgainAndTheMessageArrivesOnceItIsBack() throws Exception {
        Person person = personWhoWants(Map.of("emailEnabled", true));
        relay.stop();
        try {
            received(person);
            await().atMost(EVENTUALLY).until(() -> deliveriesOf(person).size() == 1
                    && "TEMPORARY_FAILURE".equals(deliveriesOf(person).get(0).path("status").asString()));
            assertThat(deliveriesOf(person).get(0).path("attempts").asInt()).isEqualTo(1);
        } finally {
            relay = startRelay();
        }
        clock.set(clock.instant().plus(Duration.ofMinutes(1)));

        await().atMost(EVENTUALLY).until(() -> mailTo(person.email()).size() == 1);
        await().atMost(EVENTUALLY).until(() -> "SENT".equals(deliveriesOf(person).get(0).path("status").asString()));
        assertThat(deliveriesOf(person).get(0).path("attempts").asInt()).isEqualTo(2);
    }

    @Test
    void aRelayDownAtEveryAttemptEndsInAPermanentFailureOnTheInboxItem() {
        Person person = personWhoWants(Map.of("emailEnabled", true));
        relay.stop();
        try {
            received(person);
            for (int attempt = 1; attempt <= 3; attempt++) {
                int tried = attempt;
                await().atMost(EVENTUALLY).until(() -> deliveriesOf(person).size() == 1
                        && deliveriesOf(person).get(0).path("attempts").asInt() == tried);
                clock.set(clock.instant().plus(Duration.ofMinutes(10)));
            }
            assertThat(deliveriesOf(person).get(0).path("status").asString()).isEqualTo("PERMANENT_FAILURE");
        } finally {
            relay = startRelay();
        }
    }

    @Test
    void somebodyWhoChoseNothingIsToldInTheInboxOnly() {
        Person person = new Person("quiet-" + UUID.randomUUID(), null);
        received(person);

        await().atMost(EVENTUALLY).until(() -> api.get("/api/portal/v1/notifications", tokens.citizen(person.id()))
                .json().path("totalElements").asInt() == 1);
        assertThat(deliveriesOf(person)).isEmpty();
    }

    @Test
    void preferencesAreEachPersonsOwnAndCheckedFieldByField() {
        String id = "prefs-" + UUID.randomUUID();
        String token = tokens.citizen(id);

        JsonNode none = api.get("/api/portal/v1/notifications/preferences", token).json();
        assertThat(none.path("emailEnabled").asBoolean()).isFalse();
        assertThat(none.path("language").asString()).isEqualTo("zh-CN");
        assertThat(none.path("emailAvailable").asBoolean()).isTrue();

        var saved = api.put("/api/portal/v1/notifications/preferences", token, Map.of("email", " li@example.com ",
                "emailEnabled", true, "quietFrom", "22:00", "quietUntil", "07:00", "language", "en"));
        assertThat(saved.status()).isEqualTo(200);
        assertThat(saved.json().path("email").asString()).isEqualTo("li@example.com");
        assertThat(saved.json().path("quietFrom").asString()).isEqualTo("22:00");
        assertThat(api.get("/api/portal/v1/notifications/preferences", tokens.citizen("other-" + UUID.randomUUID()))
                .json().path("email").isNull()).isTrue();

        assertRefused(token, Map.of("email", "not-an-address", "emailEnabled", true), "email");
        assertRefused(token, Map.of("emailEnabled", true), "email");
        assertRefused(token, Map.of("quietFrom", "22:00"), "quietUntil");
        assertRefused(token, Map.of("quietFrom", "22:00", "quietUntil", "22:00"), "quietUntil");
        assertRefused(token, Map.of("quietFrom", "25:00", "quietUntil", "07:00"), "quietFrom");
        assertRefused(token, Map.of("language", "fr"), "language");
        assertRefused(token, Map.of("phone", "12345678901"), "phone");
        assertRefused(token, Map.of("smsEnabled", true), "phone");
        assertThat(api.get("/api/portal/v1/notifications/preferences", token).json().path("language").asString())
                .as("nothing refused was kept").isEqualTo("en");
        var texted = api.put("/api/portal/v1/notifications/preferences", token, Map.of("phone", "+86 138-1234-5678",
                "smsEnabled", true));
        assertThat(texted.json().path("phone").asString()).isEqualTo("13812345678");
        assertThat(texted.json().path("smsAvailable").asBoolean()).isTrue();
        assertThat(api.get("/api/portal/v1/notifications/preferences", null).status()).isEqualTo(401);
    }

    private void assertRefused(String token, Map<String, Object> body, String field) {
        var refused = api.put("/api/portal/v1/notifications/preferences", token, body);
        assertThat(refused.status()).as(refused.body()).isEqualTo(400);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.body()).contains("\"" + field + "\"").doesNotContain("java.", "LocalTime", "Exception");
        assertThat(refused.json().path("type").asString()).isIn("urn:onestop:problem:invalid-request",
                "urn:onestop:problem:malformed-body");
    }

    private record Person(String id, String email) {
    }

    private Person personWhoWants(Map<String, Object> preferences) {
        String id = "mailed-" + UUID.randomUUID();
        String email = id + "@example.com";
        Map<String, Object> body = new HashMap<>(preferences);
        body.put("email", email);
        var saved = api.put("/api/portal/v1/notifications/preferences", tokens.citizen(id), body);
        assertThat(saved.status()).as(saved.body()).isEqualTo(200);
        return new Person(id, email);
    }

    /** The person's application is received (the event twice), accepted and sent back for a correction. */
    private String threeStepsOf(Person person) {
        Submitted application = received(person);
        TestEvents.publish(Topics.CASE, new CaseAccepted(application.caseId(), application.id(),
                application.trackingNumber(), "clerk", "材料齐全", "330100", "330100-AMR", "hall", Instant.now()));
        TestEvents.publish(Topics.CASE, new CorrectionRequested(application.caseId(), application.id(),
                application.trackingNumber(), "clerk", List.of("营业执照副本", "健康证明"), "请一次补齐", "330100",
                "330100-AMR", "hall", Instant.now()));
        return application.trackingNumber();
    }

    private record Submitted(String id, String trackingNumber, String caseId) {
    }

    private Submitted received(Person person) {
        var submitted = api.post("/api/portal/v1/applications", tokens.citizen(person.id()),
                Map.of("itemCode", ITEM, "formData", Map.of()));
        assertThat(submitted.status()).as(submitted.body()).isEqualTo(201);
        Submitted application = new Submitted(submitted.text("id"), submitted.text("trackingNumber"),
                UUID.randomUUID().toString());
        CaseReceived event = new CaseReceived(application.caseId(), application.id(), application.trackingNumber(),
                ITEM, 1, "330100", "330100-AMR", "web", Instant.now());
        TestEvents.publish(Topics.CASE, event, TestEvents.publish(Topics.CASE, event));
        return application;
    }

    private List<JsonNode> deliveriesOf(Person person) {
        JsonNode inbox = api.get("/api/portal/v1/notifications?size=100", tokens.citizen(person.id())).json();
        List<JsonNode> all = new java.util.ArrayList<>();
        inbox.path("content").forEach(n -> n.path("deliveries").forEach(all::add));
        return all;
    }

    private static List<MimeMessage> mailTo(String address) {
        return Arrays.stream(relay.getReceivedMessages()).filter(m -> recipientOf(m).equals(address)).toList();
    }

    private static String recipientOf(MimeMessage message) {
        try {
            return message.getAllRecipients()[0].toString();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String subjectOf(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<Map<String, String>> textsTo(String phone) {
        return TEXTS.sent().stream().filter(text -> phone.equals(text.get("PhoneNumbers"))).toList();
    }

    /** A mobile number of its own for a test (none of the provider's scripted ones). */
    private static String mobile() {
        return "139" + String.format("%08d", java.util.concurrent.ThreadLocalRandom.current().nextInt(100_000_000));
    }

    private static AliyunSmsServer aliyun() {
        try {
            return new AliyunSmsServer();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static GreenMail startRelay() {
        GreenMail started = new GreenMail(new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        started.start();
        return started;
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
