package org.onestop.e2e;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import tools.jackson.databind.JsonNode;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Faults in the middle of a run of submissions: the Kafka broker killed (the launcher starts it
 * again), then a second processing-service started beside the first and the first killed. After
 * each, every submission the portal accepted must have become exactly one case. Last, a stopped
 * service is reported by the gateway. On a platform of its own (its own ports and data), and first
 * of the classes, so that it is down before the journeys' platform starts.
 */
@Order(1)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FaultToleranceIT {

    private static final Duration EVENTUALLY = Duration.ofMinutes(3);
    private static final String ITEM_CODE = "330100-E2E-0002";
    private static final String ITEM_NAME = "食品经营许可证核发（故障测试）";
    private static final Ports PORTS = Ports.FAULTS;
    private static final int SECOND_PROCESSING_PORT = PORTS.processing() + 2;
    private static final int SUBMISSIONS_BEFORE_FAULT = 25;
    private static final int SUBMISSIONS_AFTER_FAULT = 25;

    private final OneStopPlatform platform = new OneStopPlatform("faults", PORTS);
    private final Gateway gateway = new Gateway(PORTS.gateway());
    private final List<String> acceptedApplications = new ArrayList<>();
    private Process secondProcessing;

    @BeforeAll
    void startThePlatformAndPublishAnItem() {
        platform.up();
        String admin = gateway.signIn("admin");
        Gateway.Response created = gateway.post("/api/management/v1/service-items", admin, Map.of(
                "code", ITEM_CODE, "name", ITEM_NAME, "itemType", "ADMINISTRATIVE_LICENSING",
                "regionCode", "330100", "departmentCode", "330100-AMR", "departmentName", "杭州市市场监督管理局",
                "legalLimitDays", 20, "promisedLimitDays", 10));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        gateway.post("/api/management/v1/service-items/" + created.text("id") + "/submit", admin, Map.of());
        Gateway.Response published = gateway.post(
                "/api/management/v1/service-items/" + created.text("id") + "/publish", gateway.signIn("reviewer"), Map.of());
        assertThat(published.status()).as(published.body()).isEqualTo(200);
        await("the item in the catalog").atMost(EVENTUALLY).until(() ->
                gateway.get("/api/portal/v1/catalog/items?q=" + URLEncoder.encode(ITEM_NAME, StandardCharsets.UTF_8), null).body().contains(ITEM_CODE));
    }

    @AfterAll
    void stopEverything() {
        if (secondProcessing != null) {
            secondProcessing.destroy();
            secondProcessing.onExit().join();
        }
        platform.down();
    }

    @Test
    @Order(1)
    void submissionsSurviveTheBrokerBeingKilledAndRestarted() {
        String citizen = gateway.signIn("zhangsan");
        submit(citizen, SUBMISSIONS_BEFORE_FAULT);

        long killed = platform.pid("kafka");
        ProcessHandle broker = ProcessHandle.of(killed).orElseThrow();
        broker.destroyForcibly();
        broker.onExit().join();
        submit(citizen, SUBMISSIONS_AFTER_FAULT);

        await("the launcher restarts the broker").atMost(EVENTUALLY).until(() ->
                platform.pid("kafka") != killed && isListening(PORTS.kafka()));
        everyAcceptedSubmissionBecomesExactlyOneCase(PORTS.gateway());
    }

    @Test
    @Order(2)
    void submissionsSurviveTheFirstProcessingInstanceDyingBesideASecondOne() throws IOException {
        secondProcessing = startSecondProcessingService();
        await("the second processing-service is ready").atMost(EVENTUALLY)
                .ignoreExceptionsInstanceOf(IllegalStateException.class) // not listening yet
                .until(() ->
                new Gateway(SECOND_PROCESSING_PORT).get("/actuator/health/readiness", null).status() == 200);
        String citizen = gateway.signIn("zhangsan");
        submit(citizen, SUBMISSIONS_BEFORE_FAULT);

        ProcessHandle first = ProcessHandle.of(platform.pid("processing-service")).orElseThrow();
        first.destroyForcibly();
        first.onExit().join();
        submit(citizen, SUBMISSIONS_AFTER_FAULT);

        // the gateway still points at the dead first instance, so ask the second one directly
        everyAcceptedSubmissionBecomesExactlyOneCase(SECOND_PROCESSING_PORT);
    }

    @Test
    @Order(3)
    void aStoppedServiceIsReportedAsUnavailableWithAProblem() {
        String supervisor = gateway.signIn("supervisor");
        ProcessHandle dataSharing = ProcessHandle.of(platform.pid("data-sharing-service")).orElseThrow();
        dataSharing.destroyForcibly();
        dataSharing.onExit().join();

        await("503 from the gateway for the stopped data-sharing-service").atMost(EVENTUALLY).untilAsserted(() -> {
            Gateway.Response response = gateway.get("/api/data-sharing/v1/event-log?subject=" + ITEM_CODE, supervisor);
            assertThat(response.isProblem(503)).as(response.toString()).isTrue();
        });

        // and a person on a page that needs it is told so, with the id to quote, and sees no trace
        try (Browser browser = Browser.on(PORTS.gateway(), Browser.DESKTOP)) {
            browser.open("/sign-in?next=/supervision");
            browser.type("#username", "supervisor").type("#password", Gateway.DEMO_PASSWORD).click("form.form button");
            assertThat(browser.text("h1")).isEqualTo("服务暂时不可用");
            assertThat(browser.text(".reference")).matches("请求编号：[A-Za-z0-9-]{8,64}");
            assertThat(browser.driver().getPageSource()).doesNotContain("Exception", "at org.", "tools.jackson");
            browser.screenshot("unavailable-desktop-zh").assertAccessible();
            browser.open("/supervision?lang=en");
            assertThat(browser.text("h1")).isEqualTo("Service temporarily unavailable");
        }
    }

    /** Submits one application after another; keeps the ids of those the portal accepted (201). */
    private void submit(String citizen, int count) {
        for (int i = 0; i < count; i++) {
            Gateway.Response response = gateway.post("/api/portal/v1/applications", citizen,
                    Map.of("itemCode", ITEM_CODE, "formData", Map.of()),
                    Map.of("Idempotency-Key", UUID.randomUUID().toString()));
            if (response.status() == 201) {
                acceptedApplications.add(response.text("id"));
            }
        }
        assertThat(acceptedApplications).as("the portal accepts submissions at all").isNotEmpty();
    }

    private void everyAcceptedSubmissionBecomesExactlyOneCase(int processingPort) {
        Gateway processing = new Gateway(processingPort);
        String clerk = gateway.signIn("clerk");
        await("a case for each of " + acceptedApplications.size() + " accepted submissions").atMost(EVENTUALLY)
                .untilAsserted(() -> assertThat(caseCountByApplication(processing, clerk)).containsKeys(
                        acceptedApplications.toArray(String[]::new)));

        Map<String, Long> counts = caseCountByApplication(processing, clerk);
        Map<String, Long> duplicated = counts.entrySet().stream().filter(entry -> entry.getValue() > 1)
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        assertThat(duplicated).as("applications with more than one case").isEmpty();
    }

    /** Every case in every state, page by page, counted by the application it came from. */
    private static Map<String, Long> caseCountByApplication(Gateway processing, String clerk) {
        List<String> applicationIds = new ArrayList<>();
        int page = 0;
        int totalPages;
        do {
            Gateway.Response response = processing.get("/api/processing/v1/cases?size=100&page=" + page, clerk);
            assertThat(response.status()).as(response.body()).isEqualTo(200);
            for (JsonNode theCase : response.json().path("content")) {
                applicationIds.add(theCase.path("applicationId").asString());
            }
            totalPages = response.json().path("totalPages").asInt();
            page++;
        } while (page < totalPages);
        return applicationIds.stream().collect(Collectors.groupingBy(Function.identity(), HashMap::new, Collectors.counting()));
    }

    /** Same jar and configuration as the launcher's instance, on another port and with its own log. */
    private Process startSecondProcessingService() throws IOException {
        Ports ports = PORTS;
        Path jar = OneStopPlatform.REPOSITORY.resolve("processing-service/target/processing-service.jar");
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        return new ProcessBuilder(java.toString(), "-Xms64m", "-Xmx256m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
                "-jar", jar.toString(),
                "--server.port=" + SECOND_PROCESSING_PORT,
                "--spring.datasource.url=jdbc:postgresql://localhost:" + ports.postgres() + "/onestop_processing",
                "--spring.datasource.username=postgres",
                "--spring.datasource.password=postgres",
                "--spring.kafka.bootstrap-servers=127.0.0.1:" + ports.kafka(),
                "--spring.security.oauth2.resourceserver.jwt.jwk-set-uri=http://localhost:" + ports.portal()
                        + "/api/portal/v1/auth/jwks")
                .redirectErrorStream(true)
                .redirectOutput(platform.log("processing-service-2").toFile())
                .start();
    }

    private static boolean isListening(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 1000);
            return true;
        } catch (IOException notYet) {
            return false;
        }
    }
}
