package org.onestop.portal.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.onestop.contracts.Topics;
import org.onestop.testsupport.ApiClient;
import org.onestop.testsupport.ApiClient.Response;
import org.onestop.testsupport.EventProbe;
import org.onestop.testsupport.ServiceIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Administrators register departments' systems as machine clients; a client obtains access tokens
 * with the OAuth 2.0 client-credentials grant (HTTP Basic or form parameters), with the claims
 * every service reads, and loses that when it is disabled or its secret rotated.
 */
@ServiceIntegrationTest
class MachineClientIT {

    private static final String CLIENTS = "/api/portal/v1/admin/machine-clients";
    private static final String TOKEN = "/api/portal/v1/auth/token";
    private static final Duration EVENTUALLY = Duration.ofSeconds(20);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final ApiClient api;
    private final JdbcClient jdbc;
    private final IdentityProperties properties;

    @Autowired
    MachineClientIT(@Value("${local.server.port}") int port, JdbcClient jdbc, IdentityProperties properties) {
        this.api = ApiClient.onPort(port);
        this.jdbc = jdbc;
        this.properties = properties;
    }

    /** This class's wrong passwords and secrets all come from 127.0.0.1: each test starts with that address's count cleared. */
    @BeforeEach
    void clearTheFailuresOfThisAddress() {
        jdbc.sql("delete from attempt_window where scope in (?, ?)")
                .params(ClientAttempts.CREDENTIAL_FAILURES, ClientAttempts.MACHINE_CLIENT_FAILURES).update();
    }

    private String tokenOf(String username) {
        Response signedIn = api.post(TOKEN, null, Map.of("username", username, "password", "onestop-demo"));
        assertThat(signedIn.status()).as(signedIn.body()).isEqualTo(200);
        return signedIn.text("accessToken");
    }

    private Response register(String token, Map<String, Object> body) {
        return api.post(CLIENTS, token, body);
    }

    private Response registered(String name) {
        Response created = register(tokenOf("admin"), Map.of("name", name, "departmentCode", "330100-AMR",
                "regionCode", "330100"));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created;
    }

    private static String basic(String clientId, String secret) {
        String pair = URLEncoder.encode(clientId, StandardCharsets.UTF_8) + ":" + URLEncoder.encode(secret, StandardCharsets.UTF_8);
        return "Basic " + Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8));
    }

    private Response grantWithBasic(String clientId, String secret) {
        return api.postForm(TOKEN, "grant_type=client_credentials", Map.of("Authorization", basic(clientId, secret)));
    }

    private static JsonNode claimsOf(String jwt) {
        return JSON.readTree(Base64.getUrlDecoder().decode(jwt.split("\\.")[1]));
    }

    private static void assertInvalidClient(Response refused) {
        assertThat(refused.status()).as(refused.body()).isEqualTo(401);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.text("error")).isEqualTo("invalid_client");
        assertThat(refused.header("WWW-Authenticate")).startsWith("Basic");
        assertThat(refused.json().has("access_token")).isFalse();
    }

    @Test
    void aRegisteredClientObtainsATokenWithTheClaimsTheServicesRead() {
        Response created;
        try (EventProbe probe = EventProbe.on(Topics.ACCOUNT)) {
            created = registered("杭州市市场监管 证照核验系统");
            String clientId = created.text("clientId");
            String secret = created.text("clientSecret");
            assertThat(secret).hasSizeGreaterThanOrEqualTo(40);
            assertThat(created.json().path("roles").toString()).isEqualTo("[\"DEPARTMENT_SYSTEM\"]");
            assertThat(created.text("status")).isEqualTo("ACTIVE");
            assertThat(created.header("Location")).endsWith(CLIENTS + "/" + clientId);
            await().atMost(EVENTUALLY).untilAsserted(() -> assertThat(probe.poll()).anySatisfy(event -> {
                assertThat(event.headers().get("ce_type")).isEqualTo("portal.account.machine-client-registered.v1");
                assertThat(event.key()).isEqualTo(clientId);
                assertThat(event.value()).contains("\"departmentCode\":\"330100-AMR\"").doesNotContain(secret);
            }));
        }
        String clientId = created.text("clientId");
        String secret = created.text("clientSecret");

        Response granted = grantWithBasic(clientId, secret);

        assertThat(granted.status()).as(granted.body()).isEqualTo(200);
        assertThat(granted.text("token_type")).isEqualTo("Bearer");
        assertThat(granted.json().path("expires_in").asLong()).isEqualTo(600);
        assertThat(granted.json().has("refresh_token")).isFalse();
        assertThat(granted.header("Cache-Control")).contains("no-store");
        JsonNode claims = claimsOf(granted.text("access_token"));
        assertThat(claims.path("sub").asText()).isEqualTo(clientId);
        assertThat(claims.path("preferred_username").asText()).isEqualTo(clientId);
        assertThat(claims.path("name").asText()).isEqualTo("杭州市市场监管 证照核验系统");
        assertThat(claims.path("roles").toString()).isEqualTo("[\"DEPARTMENT_SYSTEM\"]");
        assertThat(claims.path("department").asText()).isEqualTo("330100-AMR");
        assertThat(claims.path("region").asText()).isEqualTo("330100");
        assertThat(claims.path("exp").asLong() - claims.path("iat").asLong()).isEqualTo(600);
        Response me = api.get("/api/portal/v1/me", granted.text("access_token"));
        assertThat(me.status()).as("the portal accepts the token; a machine has no profile").isEqualTo(404);

        Response inForm = api.postForm(TOKEN, "grant_type=client_credentials&client_id=" + clientId + "&client_secret="
                + URLEncoder.encode(secret, StandardCharsets.UTF_8), Map.of());
        assertThat(inForm.status()).as(inForm.body()).isEqualTo(200);
        assertThat(jdbc.sql("select secret_hash from machine_client where client_id = ?").param(clientId)
                .query(String.class).single()).startsWith("{bcrypt}").doesNotContain(secret);
        assertThat(api.get(CLIENTS + "/" + clientId, tokenOf("admin")).json().path("lastTokenAt").isNull()).isFalse();
    }

    @Test
    void wrongUnknownOrMissingCredentialsAreInvalidClient() {
        String clientId = registered("错误凭据测试").text("clientId");

        assertInvalidClient(grantWithBasic(clientId, "not-the-secret"));
        assertInvalidClient(grantWithBasic("no-such-client", "not-the-secret"));
        assertInvalidClient(api.postForm(TOKEN, "grant_type=client_credentials", Map.of()));
        assertInvalidClient(api.postForm(TOKEN, "grant_type=client_credentials&client_id=" + clientId, Map.of()));
        assertInvalidClient(api.postForm(TOKEN, "grant_type=client_credentials",
                Map.of("Authorization", "Basic not*base64")));
    }

    @Test
    void wrongSecretsForOneClientIdAreLimitedFromWhicheverAddressTheyCome() {
        Response created = registered("暴力破解测试");
        String clientId = created.text("clientId");
        int limit = properties.clientLimits().failuresPerMachineClient();
        for (int i = 0; i < limit; i++) {
            assertInvalidClient(api.postForm(TOKEN, "grant_type=client_credentials",
                    Map.of("Authorization", basic(clientId, "guess-" + i), "X-Forwarded-For", "198.51.100." + (10 + i))));
        }

        Response refused = api.postForm(TOKEN, "grant_type=client_credentials", Map.of("Authorization",
                basic(clientId, created.text("clientSecret")), "X-Forwarded-For", "198.51.100.99"));

        assertThat(refused.status()).as("even the right secret, from a fresh address").isEqualTo(429);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.header("Retry-After")).isNotBlank();
        assertThat(refused.text("detail")).isEqualTo("Too many failed token requests for this client; try again later");
        Response other = registered("另一个客户端");
        assertThat(grantWithBasic(other.text("clientId"), other.text("clientSecret")).status())
                .as("another client id is not affected").isEqualTo(200);
    }

    @Test
    void otherGrantsAndMalformedRequestsAreRefusedAsTheRfcSays() {
        Response password = api.postForm(TOKEN, "grant_type=password&username=admin&password=onestop-demo", Map.of());
        Response missing = api.postForm(TOKEN, "client_id=x&client_secret=y", Map.of());
        Response twice = api.postForm(TOKEN, "grant_type=client_credentials&grant_type=client_credentials", Map.of());
        Response bothWays = api.postForm(TOKEN, "grant_type=client_credentials&client_secret=y",
                Map.of("Authorization", basic("x", "y")));

        assertThat(password.status()).isEqualTo(400);
        assertThat(password.text("error")).isEqualTo("unsupported_grant_type");
        assertThat(password.contentType()).startsWith("application/problem+json");
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.text("error")).isEqualTo("invalid_request");
        assertThat(twice.text("error")).isEqualTo("invalid_request");
        assertThat(bothWays.status()).isEqualTo(400);
        assertThat(bothWays.text("error")).isEqualTo("invalid_request");
    }

    @Test
    void aDisabledClientGetsNoMoreTokens() {
        Response created = registered("停用测试");
        String clientId = created.text("clientId");
        String secret = created.text("clientSecret");
        String admin = tokenOf("admin");
        try (EventProbe probe = EventProbe.on(Topics.ACCOUNT)) {
            Response disabled = api.post(CLIENTS + "/" + clientId + "/disable", admin, Map.of());

            assertThat(disabled.status()).isEqualTo(200);
            assertThat(disabled.text("status")).isEqualTo("DISABLED");
            await().atMost(EVENTUALLY).untilAsserted(() -> assertThat(probe.poll()).anySatisfy(event -> {
                assertThat(event.headers().get("ce_type")).isEqualTo("portal.account.machine-client-disabled.v1");
                assertThat(event.key()).isEqualTo(clientId);
            }));
        }
        assertInvalidClient(grantWithBasic(clientId, secret));
        assertThat(api.post(CLIENTS + "/" + clientId + "/disable", admin, Map.of()).text("status")).isEqualTo("DISABLED");
        assertThat(api.post(CLIENTS + "/" + clientId + "/rotate-secret", admin, Map.of()).status()).isEqualTo(409);
        assertThat(api.post(CLIENTS + "/no-such-client/disable", admin, Map.of()).status()).isEqualTo(404);
    }

    @Test
    void aRotatedSecretReplacesTheOldOneAtOnce() {
        Response created = registered("轮换测试");
        String clientId = created.text("clientId");
        String old = created.text("clientSecret");

        Response rotated = api.post(CLIENTS + "/" + clientId + "/rotate-secret", tokenOf("admin"), Map.of());

        assertThat(rotated.status()).isEqualTo(200);
        String fresh = rotated.text("clientSecret");
        assertThat(fresh).isNotBlank().isNotEqualTo(old);
        assertThat(rotated.json().path("secretRotatedAt").isNull()).isFalse();
        assertInvalidClient(grantWithBasic(clientId, old));
        assertThat(grantWithBasic(clientId, fresh).status()).isEqualTo(200);
    }

    @Test
    void onlyTheDepartmentSystemRoleCanBeGivenAndThePlaceMustBeADepartmentOfItsRegion() {
        String admin = tokenOf("admin");
        for (String role : List.of("ADMIN", "CITIZEN", "LEGAL_PERSON", "STAFF", "CLERK", "SUPERVISOR")) {
            Response refused = register(admin, Map.of("name", "越权系统", "departmentCode", "330100-AMR",
                    "regionCode", "330100", "roles", List.of("DEPARTMENT_SYSTEM", role)));
            assertThat(refused.status()).as(role).isEqualTo(400);
            assertThat(refused.json().path("errors").get(0).path("field").asText()).isEqualTo("roles");
        }
        Map<String, Object> misplaced = new HashMap<>(Map.of("name", " ", "departmentCode", "330200-AMR",
                "regionCode", "330100"));
        misplaced.put("status", "DISABLED");
        Response wrongPlace = register(admin, misplaced);
        assertThat(wrongPlace.status()).isEqualTo(400);
        assertThat(wrongPlace.json().path("errors").findValuesAsString("field")).containsExactlyInAnyOrder("name",
                "departmentCode");
        Map<String, Object> explicit = new HashMap<>(Map.of("name", "显式角色", "departmentCode", "330100-AMR",
                "regionCode", "330100", "roles", List.of("DEPARTMENT_SYSTEM")));
        explicit.put("status", "DISABLED");
        explicit.put("clientId", "chosen-by-caller");
        Response created = register(admin, explicit);
        assertThat(created.status()).isEqualTo(201);
        assertThat(created.text("status")).as("status in the body is ignored").isEqualTo("ACTIVE");
        assertThat(created.text("clientId")).isNotEqualTo("chosen-by-caller");
    }

    @Test
    void onlyAdministratorsManageMachineClientsAndListsNeverShowSecrets() {
        Response created = registered("列表测试");
        String machineToken = grantWithBasic(created.text("clientId"), created.text("clientSecret")).text("access_token");
        Map<String, Object> body = Map.of("name", "x", "departmentCode", "330100-AMR", "regionCode", "330100");
        for (String token : List.of(tokenOf("zhangsan"), tokenOf("clerk"), tokenOf("supervisor"), machineToken)) {
            assertThat(register(token, body).status()).isEqualTo(403);
            assertThat(api.get(CLIENTS, token).status()).isEqualTo(403);
            assertThat(api.post(CLIENTS + "/" + created.text("clientId") + "/rotate-secret", token, Map.of()).status())
                    .isEqualTo(403);
        }
        assertThat(api.get(CLIENTS, null).status()).isEqualTo(401);

        Response page = api.get(CLIENTS + "?departmentCode=330100-AMR&size=1", tokenOf("admin"));

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.json().path("content").size()).isEqualTo(1);
        assertThat(page.json().path("totalElements").asLong()).isGreaterThanOrEqualTo(2);
        assertThat(page.body()).doesNotContain("clientSecret").doesNotContain(created.text("clientSecret"))
                .doesNotContain("secretHash");
        assertThat(api.get(CLIENTS + "?departmentCode=330100-NONE", tokenOf("admin")).json().path("totalElements")
                .asLong()).isZero();
    }

    @Test
    void theApiDocumentListsTheMachineClientEndpoints() {
        JsonNode paths = api.get("/v3/api-docs", null).json().path("paths");

        assertThat(paths.has(CLIENTS)).isTrue();
        assertThat(paths.has(CLIENTS + "/{clientId}/rotate-secret")).isTrue();
        assertThat(paths.path(TOKEN).path("post").path("requestBody").path("content")
                .has("application/x-www-form-urlencoded")).isTrue();
    }

    @Test
    void theDemoClientOfProcessingIsSeededWithItsKnownSecret() {
        Response granted = grantWithBasic(DemoAccounts.MACHINE_CLIENT_ID, DemoAccounts.MACHINE_CLIENT_SECRET);

        assertThat(granted.status()).as(granted.body()).isEqualTo(200);
        JsonNode claims = claimsOf(granted.text("access_token"));
        assertThat(claims.path("sub").asText()).isEqualTo("onestop-processing");
        assertThat(claims.path("department").asText()).isEqualTo("330100-AMR");
        assertThat(claims.path("roles").toString()).isEqualTo("[\"DEPARTMENT_SYSTEM\"]");
    }
}
