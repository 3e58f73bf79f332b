package org.onestop.portal.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.onestop.contracts.Topics;
import org.onestop.portal.department.TestDepartments;
import org.onestop.testsupport.ApiClient;
import org.onestop.testsupport.ApiClient.Response;
import org.onestop.testsupport.EventProbe;
import org.onestop.testsupport.ServiceIntegrationTest;
import org.onestop.testsupport.TestTokens;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Administrators reset passwords; the portal refuses the account's earlier access tokens at once. */
@ServiceIntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class PasswordResetIT {

    private static final String PASSWORD = "Westlake-2026-spring";
    private static final String NEW_PASSWORD = "Lingyin-2026-autumn";

    private final ApiClient api;
    private final JdbcClient jdbc;

    @Autowired
    PasswordResetIT(@Value("${local.server.port}") int port, JdbcClient jdbc) {
        this.api = ApiClient.onPort(port);
        this.jdbc = jdbc;
    }

    /** This class's wrong passwords and secrets all come from 127.0.0.1: each test starts with that address's count cleared. */
    @BeforeEach
    void clearTheFailuresOfThisAddress() {
        jdbc.sql("delete from attempt_window where scope in (?, ?)")
                .params(ClientAttempts.CREDENTIAL_FAILURES, ClientAttempts.MACHINE_CLIENT_FAILURES).update();
    }

    @BeforeEach
    void departmentKnown() {
        TestDepartments.amr(jdbc);
    }

    private Response signIn(String username, String password) {
        return api.post("/api/portal/v1/auth/token", null, Map.of("username", username, "password", password));
    }

    private String admin() {
        return signIn("admin", "onestop-demo").text("accessToken");
    }

    /** A new clerk of 330100-AMR; returns its id. */
    private String clerk(String username) {
        Response created = api.post("/api/portal/v1/staff-accounts", admin(), Map.of("username", username,
                "displayName", "重置测试", "password", PASSWORD, "departmentCode", "330100-AMR", "regionCode", "330100",
                "roles", List.of("CLERK")));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.text("id");
    }

    private Response reset(String id, String token, Map<String, ?> body) {
        return api.post("/api/portal/v1/accounts/" + id + "/password-reset", token, body);
    }

    private static JsonNode claimsOf(String accessToken) {
        String payload = accessToken.split("\\.")[1];
        return JsonMapper.builder().build().readTree(new String(Base64.getUrlDecoder().decode(payload), StandardCharsets.UTF_8));
    }

    @Test
    void aGeneratedPasswordIsShownOnceEndsEverySignInAndMustBeChanged(CapturedOutput output) {
        String id = clerk("resetclerk");
        Response before = signIn("resetclerk", PASSWORD);
        String oldAccess = before.text("accessToken");
        assertThat(api.get("/api/portal/v1/me", oldAccess).status()).isEqualTo(200);

        Response done;
        try (EventProbe probe = EventProbe.on(Topics.ACCOUNT)) {
            done = reset(id, admin(), Map.of());

            assertThat(done.status()).as(done.body()).isEqualTo(200);
            assertThat(done.header("Cache-Control")).contains("no-store");
            assertThat(done.text("username")).isEqualTo("resetclerk");
            assertThat(done.json().path("passwordChangeRequired").asBoolean()).isTrue();
            String temporary = done.text("temporaryPassword");
            assertThat(temporary).hasSize(16);
            await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(probe.poll()).anySatisfy(event -> {
                assertThat(event.headers().get("ce_type")).isEqualTo("portal.account.password-reset.v1");
                assertThat(event.key()).isEqualTo(id);
                assertThat(event.value()).contains("\"generated\":true").contains("\"departmentCode\":\"330100-AMR\"")
                        .doesNotContain(temporary);
            }));
        }
        String temporary = done.text("temporaryPassword");
        assertThat(output.getAll()).contains("reset the password of account 'resetclerk'").doesNotContain(temporary);

        assertThat(signIn("resetclerk", PASSWORD).status()).as("the old password").isEqualTo(401);
        assertThat(api.post("/api/portal/v1/auth/refresh", null, Map.of("refreshToken", before.text("refreshToken")))
                .status()).as("the old refresh token").isEqualTo(401);
        assertThat(api.get("/api/portal/v1/me", oldAccess).status()).as("the old access token, at once").isEqualTo(401);

        Response temporarySignIn = signIn("resetclerk", temporary);
        assertThat(temporarySignIn.status()).isEqualTo(200);
        assertThat(temporarySignIn.json().path("passwordChangeRequired").asBoolean()).isTrue();
        String restricted = temporarySignIn.text("accessToken");
        assertThat(claimsOf(restricted).path("roles").size()).as("no roles until changed").isZero();
        assertThat(claimsOf(restricted).path("password_change_required").asBoolean()).isTrue();
        assertThat(api.get("/api/portal/v1/me", restricted).status()).isEqualTo(200);
        assertThat(api.get("/api/portal/v1/staff/inquiries", restricted).status()).as("a STAFF endpoint").isEqualTo(403);

        Response changed = api.post("/api/portal/v1/me/password", restricted,
                Map.of("currentPassword", temporary, "newPassword", NEW_PASSWORD));
        assertThat(changed.status()).as(changed.body()).isEqualTo(204);
        Response after = signIn("resetclerk", NEW_PASSWORD);
        assertThat(after.json().path("passwordChangeRequired").asBoolean()).isFalse();
        assertThat(claimsOf(after.text("accessToken")).path("roles").toString()).isEqualTo("[\"STAFF\",\"CLERK\"]");
        assertThat(api.get("/api/portal/v1/staff/inquiries", after.text("accessToken")).status()).isEqualTo(200);
        assertThat(signIn("resetclerk", temporary).status()).as("the temporary password is used up").isEqualTo(401);
    }

    @Test
    void aChosenPasswordClearsTheLockOutAndAWeakOneIsRefusedNamingTheField() {
        String id = clerk("lockedclerk");
        for (int i = 0; i < 5; i++) {
            signIn("lockedclerk", "Wrong-password-" + i);
        }
        assertThat(signIn("lockedclerk", PASSWORD).status()).isEqualTo(423);

        Response weak = reset(id, admin(), Map.of("newPassword", "short1"));
        assertThat(weak.status()).isEqualTo(400);
        assertThat(weak.json().path("errors").get(0).path("field").asText()).isEqualTo("newPassword");
        assertThat(signIn("lockedclerk", PASSWORD).status()).as("nothing changed").isEqualTo(423);

        Response done = reset(id, admin(), Map.of("newPassword", NEW_PASSWORD));
        assertThat(done.status()).as(done.body()).isEqualTo(200);
        assertThat(done.json().path("temporaryPassword").isMissingNode() || done.json().path("temporaryPassword").isNull())
                .as("a chosen password is not shown back").isTrue();
        Response signedIn = signIn("lockedclerk", NEW_PASSWORD);
        assertThat(signedIn.status()).as("no longer locked").isEqualTo(200);
        assertThat(signedIn.json().path("passwordChangeRequired").asBoolean()).isTrue();
    }

    @Test
    void onlyAdministratorsResetOthersPasswordsOfAccountsThatExist() {
        String id = clerk("otherclerk");
        String clerk = signIn("clerk", "onestop-demo").text("accessToken");
        String citizen = signIn("zhangsan", "onestop-demo").text("accessToken");

        Response byClerk = reset(id, clerk, Map.of());
        assertThat(byClerk.status()).isEqualTo(403);
        assertThat(byClerk.contentType()).startsWith("application/problem+json");
        assertThat(reset(id, citizen, Map.of()).status()).isEqualTo(403);
        assertThat(signIn("otherclerk", PASSWORD).status()).as("the password is unchanged").isEqualTo(200);

        assertThat(reset("00000000-0000-0000-0000-000000000000", admin(), Map.of()).status()).isEqualTo(404);
        String adminId = api.get("/api/portal/v1/me", admin()).text("id");
        assertThat(reset(adminId, admin(), Map.of()).status()).as("one's own: /me/password").isEqualTo(409);
        assertThat(reset(id, TestTokens.clerk(), Map.of()).status()).isEqualTo(403);
    }
}
