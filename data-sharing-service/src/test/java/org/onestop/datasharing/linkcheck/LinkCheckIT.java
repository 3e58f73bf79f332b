package org.onestop.datasharing.linkcheck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.onestop.datasharing.PublishedItems;
import org.onestop.testsupport.ApiClient;
import org.onestop.testsupport.ServiceIntegrationTest;
import org.onestop.testsupport.TestEvents;
import org.onestop.testsupport.TestTokens;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * The links of published guides are checked against a real HTTP server on the loopback address
 * (allowed in the tests' config/application.yml): answers, a server refusing HEAD, a redirect that
 * is not followed, a server too slow for the request timeout; links to a metadata address and of
 * another scheme are not called. Supervisors list the broken ones.
 */
@ServiceIntegrationTest
class LinkCheckIT {

    private static final String DEPARTMENT = "330100-LNK";
    private static final List<String> CALLS = new CopyOnWriteArrayList<>();
    private static final CountDownLatch TESTS_DONE = new CountDownLatch(1);
    private static final HttpServer SERVER = start();

    private final ApiClient api;
    private final LinkChecking checking;
    private final JdbcClient jdbc;

    @Autowired
    LinkCheckIT(@Value("${local.server.port}") int port, LinkChecking checking, JdbcClient jdbc) {
        this.api = ApiClient.onPort(port);
        this.checking = checking;
        this.jdbc = jdbc;
    }

    private static HttpServer start() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            server.setExecutor(Executors.newCachedThreadPool());
            server.createContext("/", exchange -> {
                String path = exchange.getRequestURI().getPath();
                CALLS.add(exchange.getRequestMethod() + " " + path);
                int status = switch (path) {
                    case "/forms/ok.docx" -> 200;
                    case "/forms/moved.docx" -> 301;
                    case "/forms/no-head.pdf" -> exchange.getRequestMethod().equals("HEAD") ? 405 : 206;
                    case "/forms/slow.pdf" -> {
                        holdUntilTheTestsEnd();
                        yield 200;
                    }
                    default -> 404;
                };
                if (status == 301) {
                    exchange.getResponseHeaders().add("Location", "http://169.254.169.254/latest/meta-data");
                }
                exchange.sendResponseHeaders(status, -1);
                exchange.close();
            });
            server.start();
            return server;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A server that never answers in time: it holds the request until the class is done (the check gives up first). */
    private static void holdUntilTheTestsEnd() {
        try {
            if (!TESTS_DONE.await(1, TimeUnit.MINUTES)) {
                throw new IllegalStateException("the tests did not end within a minute");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @AfterAll
    static void stop() {
        TESTS_DONE.countDown();
        SERVER.stop(0);
    }

    private static String link(String path) {
        return "http://127.0.0.1:" + SERVER.getAddress().getPort() + path;
    }

    @Test
    void theGuidesLinksAreCheckedAndGiveTheLinkValidityRate() {
        publishItem("LNK-1", material(link("/forms/ok.docx"), link("/forms/gone.pdf")),
                material(link("/forms/no-head.pdf"), link("/forms/slow.pdf")));
        publishItem("LNK-2", material("http://169.254.169.254/latest/meta-data", "ftp://127.0.0.1/forms/a.docx"));
        publishItem("LNK-3", material(link("/forms/moved.docx"), null));
        await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.sql(
                "select count(*) from guide_link where department_code = ?").param(DEPARTMENT).query(Long.class).single()
                == 7);

        await().atMost(Duration.ofSeconds(60)).until(() -> {
            checking.checkDue();
            return jdbc.sql("""
                    select count(*) from guide_link g join link_check c on c.url = g.url
                    where g.department_code = ? and c.checked_at is not null""")
                    .param(DEPARTMENT).query(Long.class).single() == 7;
        });

        Map<String, JsonNode> broken = new HashMap<>();
        JsonNode page = api.get("/api/data-sharing/v1/link-checks?valid=false&department=" + DEPARTMENT,
                TestTokens.staff("supervisor", "SUPERVISOR", DEPARTMENT)).json();
        page.path("content").forEach(node -> broken.put(node.path("url").asText(), node));
        assertThat(page.path("totalElements").asLong()).isEqualTo(4);
        assertThat(broken.get(link("/forms/gone.pdf")).path("problem").asText()).isEqualTo("HTTP 404");
        assertThat(broken.get(link("/forms/gone.pdf")).path("itemCode").asText()).isEqualTo("LNK-1");
        assertThat(broken.get(link("/forms/slow.pdf")).path("problem").asText()).isEqualTo("no answer within 1000 ms");
        assertThat(broken.get("http://169.254.169.254/latest/meta-data").path("problem").asText())
                .isEqualTo("not a public address");
        assertThat(broken.get("ftp://127.0.0.1/forms/a.docx").path("problem").asText())
                .isEqualTo("not an http or https URL");
        JsonNode valid = api.get("/api/data-sharing/v1/link-checks?valid=true&department=" + DEPARTMENT,
                TestTokens.staff("supervisor", "SUPERVISOR", DEPARTMENT)).json();
        List<String> validLinks = new ArrayList<>();
        valid.path("content").forEach(node -> validLinks.add(node.path("url").asText() + " " + node.path("statusCode")));
        assertThat(validLinks).containsExactlyInAnyOrder(link("/forms/ok.docx") + " 200",
                link("/forms/no-head.pdf") + " 206", link("/forms/moved.docx") + " 301");
        assertThat(CALLS).as("HEAD first, GET where HEAD is refused, the redirect not followed")
                .contains("HEAD /forms/ok.docx", "HEAD /forms/no-head.pdf", "GET /forms/no-head.pdf")
                .doesNotContain("GET /forms/ok.docx", "GET /latest/meta-data", "HEAD /latest/meta-data");
        assertThat(jdbc.sql("select min(next_check_at) from link_check where url like ?")
                .param(link("/forms/%")).query(Timestamp.class).single().toInstant())
                .as("checked again after a day").isAfter(Instant.now().plus(23, ChronoUnit.HOURS));

    }

    @Test
    void onlySupervisionSeesTheLinkChecks() {
        assertThat(api.get("/api/data-sharing/v1/link-checks", TestTokens.clerk()).status()).isEqualTo(403);
        assertThat(api.get("/api/data-sharing/v1/link-checks", null).status()).isEqualTo(401);
        assertThat(api.get("/api/data-sharing/v1/link-checks?size=0", TestTokens.admin()).status()).isEqualTo(400);
    }

    private static Map<String, Object> material(String blankFormUrl, String exampleUrl) {
        Map<String, Object> material = new HashMap<>();
        material.put("name", "申请书");
        material.put("blankFormUrl", blankFormUrl);
        material.put("exampleUrl", exampleUrl);
        return material;
    }

    @SafeVarargs
    private static void publishItem(String code, Map<String, Object>... materials) {
        PublishedItems.publish(DEPARTMENT, code, 20, 10, Map.of("materials", List.of(materials)));
    }
}
