package org.onestop.portal.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.onestop.contracts.Topics;
import org.onestop.platform.identifiers.IdentityNumber;
import org.onestop.portal.department.TestDepartments;
import org.onestop.testsupport.ApiClient;
import org.onestop.testsupport.ApiClient.Response;
import org.onestop.testsupport.EventProbe;
import org.onestop.testsupport.ServiceIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;

@ServiceIntegrationTest
class IdentityIT {

    private static final String PASSWORD = "Westlake-2026-spring";
    private static final Duration EVENTUALLY = Duration.ofSeconds(20);
    private static final AtomicInteger SEQUENCE = new AtomicInteger(100);

    private final ApiClient api;
    private final JdbcClient jdbc;

    @Autowired
    IdentityIT(@Value("${local.server.port}") int port, JdbcClient jdbc) {
        this.api = ApiClient.onPort(port);
        this.jdbc = jdbc;
    }

    /** This class's wrong passwords and secrets all come from 127.0.0.1: each test starts with that address's count cleared. */
    @BeforeEach
    void clearTheFailuresOfThisAddress() {
        jdbc.sql("delete from attempt_window where scope in (?, ?)")
                .params(ClientAttempts.CREDENTIAL_FAILURES, ClientAttempts.MACHINE_CLIENT_FAILURES).update();
    }

    /** A valid identity number of someone born in Hangzhou (Xihu) on 7 March 1990, check character computed. */
    private static String newIdentityNumber() {
        String first17 = "33010619900307" + "%03d".formatted(SEQUENCE.incrementAndGet());
        return first17 + IdentityNumber.checkCharacterOf(first17);
    }

    private Response registerPerson(String username, String identityNumber) {
        return api.post("/api/portal/v1/registrations/natural-persons", null, Map.of("name", "王五",
                "identityNumber", identityNumber, "mobile", "13812345678", "username", username, "password", PASSWORD));
    }

    private Response signIn(String username, String password) {
        return api.post("/api/portal/v1/auth/token", null, Map.of("username", username, "password", password));
    }

    private String accessTokenOf(String username, String password) {
        Response response = signIn(username, password);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.text("accessToken");
    }

    @Test
    void aNaturalPersonRegistersAndSeesOnlyTheMaskedIdentityNumber() {
        String number = newIdentityNumber();
        String masked = number.substring(0, 6) + "********" + number.substring(14);
        try (EventProbe probe = EventProbe.on(Topics.ACCOUNT)) {
            Map<String, Object> body = new HashMap<>(Map.of("name", "王五", "identityNumber", number,
                    "mobile", "13812345678", "username", "wangwu", "password", PASSWORD));
            body.put("roles", List.of("ADMIN"));
            body.put("status", "DISABLED");
            body.put("accountType", "STAFF");

            Response registered = api.post("/api/portal/v1/registrations/natural-persons", null, body);

            assertThat(registered.status()).as(registered.body()).isEqualTo(201);
            assertThat(registered.text("identityNumber")).isEqualTo(masked);
            assertThat(registered.body()).doesNotContain(number);
            assertThat(registered.text("mobile")).isEqualTo("138****5678");
            assertThat(registered.text("accountType")).isEqualTo("NATURAL_PERSON");
            assertThat(registered.text("status")).isEqualTo("ACTIVE");
            assertThat(registered.json().path("roles").toString()).isEqualTo("[\"CITIZEN\"]");

            Response me = api.get("/api/portal/v1/me", accessTokenOf("wangwu", PASSWORD));
            assertThat(me.status()).isEqualTo(200);
            assertThat(me.text("identityNumber")).isEqualTo(masked);
            assertThat(me.text("displayName")).isEqualTo("王五");
            assertThat(me.body()).doesNotContain(number);

            await().atMost(EVENTUALLY).untilAsserted(() -> assertThat(probe.poll())
                    .anySatisfy(event -> {
                        assertThat(event.headers().get("ce_type")).isEqualTo("portal.account.registered.v1");
                        assertThat(event.headers().get("ce_subject")).isEqualTo("wangwu");
                        assertThat(event.value()).contains(masked).contains("\"regionCode\":\"330106\"")
                                .doesNotContain(number);
                    }));
        }
        byte[] stored = jdbc.sql("select identity_number_cipher from account where username = 'wangwu'")
                .query(byte[].class).single();
        assertThat(new String(stored, StandardCharsets.ISO_8859_1)).doesNotContain(number);
        assertThat(jdbc.sql("select identity_number_hash from account where username = 'wangwu'").query(String.class).single())
                .hasSize(64).doesNotContain(number);
    }

    @Test
    void namesAreKeptInNfcWithoutSurroundingSpacesAndAZeroWidthNameIsRefused() {
        Response invisible = api.post("/api/portal/v1/registrations/natural-persons", null, Map.of("name", "\u200B\u200B",
                "identityNumber", newIdentityNumber(), "mobile", "13812345678", "username", "invisible", "password",
                PASSWORD));
        assertThat(invisible.status()).isEqualTo(400);
        assertThat(invisible.json().path("errors").findValuesAsString("field")).containsExactly("name");

        Response registered = api.post("/api/portal/v1/registrations/natural-persons", null, Map.of(
                "name", "  Zoe\u0308 王  ", "identityNumber", newIdentityNumber(), "mobile", "13812345678",
                "username", " zoe.wang ", "password", PASSWORD));

        assertThat(registered.status()).as(registered.body()).isEqualTo(201);
        assertThat(registered.text("displayName")).isEqualTo("Zoë 王");
        assertThat(registered.text("username")).isEqualTo("zoe.wang");
        assertThat(jdbc.sql("select display_name from account where username = 'zoe.wang'").query(String.class).single())
                .isEqualTo("Zo\u00EB 王");
    }

    @Test
    void aCommonPasswordOrASequenceIsRefusedNamingTheField() {
        for (String weak : new String[] {"password1234", "Aa1234567890"}) {
            Response refused = api.post("/api/portal/v1/registrations/natural-persons", null, Map.of("name", "王五",
                    "identityNumber", newIdentityNumber(), "mobile", "13812345678", "username", "weakpw", "password", weak));

            assertThat(refused.status()).as(weak).isEqualTo(400);
            assertThat(refused.json().path("errors").findValuesAsString("field")).containsExactly("password");
            assertThat(refused.body()).contains("too common").doesNotContain(weak);
        }
        assertThat(jdbc.sql("select count(*) from account where username = 'weakpw'").query(Long.class).single()).isZero();
    }

    @Test
    void anIdentityNumberWithAWrongCheckCharacterIsRefusedNamingTheField() {
        String number = newIdentityNumber();
        char wrong = number.charAt(17) == '0' ? '1' : '0';

        Response refused = registerPerson("zhaoliu", number.substring(0, 17) + wrong);

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.json().path("errors").get(0).path("field").asText()).isEqualTo("identityNumber");
        assertThat(refused.json().path("errors").get(0).path("message").asText()).contains("GB 11643");
        assertThat(jdbc.sql("select count(*) from account where username = 'zhaoliu'").query(Long.class).single()).isZero();
    }

    @Test
    void thePersonCannotRegisterTwiceEvenWithALowerCaseX() {
        String first17 = "11010519491231002";
        String number = first17 + IdentityNumber.checkCharacterOf(first17);
        assertThat(number).endsWith("X");
        assertThat(registerPerson("sunqi", number).status()).isEqualTo(201);

        Response again = registerPerson("sunqi2", first17 + "x");

        assertThat(again.status()).isEqualTo(409);
        assertThat(again.text("field")).isEqualTo("identityNumber");
        assertThat(again.body()).doesNotContain(first17);
        assertThat(registerPerson("sunqi", newIdentityNumber()).text("field")).isEqualTo("username");
    }

    @Test
    void concurrentRegistrationsOfOnePersonMakeOneAccount() throws Exception {
        String number = newIdentityNumber();
        ExecutorService people = Executors.newFixedThreadPool(4);
        try {
            List<Callable<Integer>> attempts = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                String username = "twin" + i;
                attempts.add(() -> registerPerson(username, number).status());
            }
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> attempt : people.invokeAll(attempts)) {
                statuses.add(attempt.get());
            }

            assertThat(statuses).containsOnly(201, 409).containsOnlyOnce(201);
            assertThat(jdbc.sql("select count(*) from account where username like 'twin%'").query(Long.class).single())
                    .isEqualTo(1);
        } finally {
            people.shutdownNow();
        }
    }

    @Test
    void aLegalPersonRegistersWithItsCreditCodeOnce() {
        Map<String, Object> enterprise = Map.of("enterpriseName", "阿里巴巴（中国）有限公司", "creditCode", "91330100799655058B",
                "legalRepresentative", "蒋芳", "username", "alibaba-cn", "password", PASSWORD);

        Response registered = api.post("/api/portal/v1/registrations/legal-persons", null, enterprise);

        assertThat(registered.status()).as(registered.body()).isEqualTo(201);
        assertThat(registered.text("creditCode")).isEqualTo("91330100799655058B");
        assertThat(registered.json().path("roles").toString()).isEqualTo("[\"LEGAL_PERSON\"]");
        Response me = api.get("/api/portal/v1/me", accessTokenOf("alibaba-cn", PASSWORD));
        assertThat(me.text("legalRepresentative")).isEqualTo("蒋芳");

        var twice = new HashMap<>(enterprise);
        twice.put("username", "alibaba-again");
        Response again = api.post("/api/portal/v1/registrations/legal-persons", null, twice);
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.text("field")).isEqualTo("creditCode");

        twice.put("creditCode", "91330100799655058C");
        Response invalid = api.post("/api/portal/v1/registrations/legal-persons", null, twice);
        assertThat(invalid.status()).isEqualTo(400);
        assertThat(invalid.json().path("errors").get(0).path("field").asText()).isEqualTo("creditCode");
    }

    @Test
    void fiveFailuresInARowLockTheUsernameEvenForTheRightPassword() {
        assertThat(registerPerson("qianba", newIdentityNumber()).status()).isEqualTo(201);
        for (int i = 0; i < 4; i++) {
            assertThat(signIn("qianba", "wrong-password-1").status()).isEqualTo(401);
        }

        Response fifth = signIn("qianba", "wrong-password-1");

        assertThat(fifth.status()).isEqualTo(423);
        assertThat(fifth.contentType()).startsWith("application/problem+json");
        assertThat(fifth.text("correlationId")).isNotBlank();
        Instant lockedUntil = Instant.parse(fifth.text("lockedUntil"));
        assertThat(lockedUntil).isAfter(Instant.now().plus(Duration.ofMinutes(14)));
        assertThat(fifth.text("detail")).contains(lockedUntil.toString());
        Response rightPassword = signIn("qianba", PASSWORD);
        assertThat(rightPassword.status()).isEqualTo(423);
        assertThat(rightPassword.text("lockedUntil")).isEqualTo(lockedUntil.toString());
    }

    @Test
    void anUnknownUsernameIsAnsweredLikeAKnownOne() {
        Response first = signIn("nobody-here", "wrong-password-1");
        assertThat(first.status()).isEqualTo(401);
        assertThat(first.text("detail")).isEqualTo(signIn("zhangsan", "wrong-password-1").text("detail"));
        assertThat(first.text("correlationId")).isNotBlank();
        for (int i = 0; i < 3; i++) {
            signIn("nobody-here", "wrong-password-1");
        }

        assertThat(signIn("nobody-here", "wrong-password-1").status()).isEqualTo(423);
    }

    @Test
    void aSuccessfulSignInResetsTheCount() {
        assertThat(registerPerson("zhoujiu", newIdentityNumber()).status()).isEqualTo(201);
        for (int i = 0; i < 4; i++) {
            assertThat(signIn("zhoujiu", "wrong-password-1").status()).isEqualTo(401);
        }
        assertThat(signIn("zhoujiu", PASSWORD).status()).isEqualTo(200);

        for (int i = 0; i < 4; i++) {
            assertThat(signIn("zhoujiu", "wrong-password-1").status()).isEqualTo(401);
        }
    }

    @Test
    void aRefreshTokenIsRotatedAndItsReuseRevokesTheWholeSignIn() {
        assertThat(registerPerson("wushi", newIdentityNumber()).status()).isEqualTo(201);
        Response signedIn = signIn("wushi", PASSWORD);
        assertThat(signedIn.json().path("tokenType").asText()).isEqualTo("Bearer");
        assertThat(signedIn.json().path("expiresIn").asLong()).as("10 minutes").isEqualTo(600);
        assertThat(signedIn.json().path("refreshExpiresIn").asLong()).isEqualTo(Duration.ofDays(7).toSeconds());
        String first = signedIn.text("refreshToken");

        Response refreshed = api.post("/api/portal/v1/auth/refresh", null, Map.of("refreshToken", first));

        assertThat(refreshed.status()).isEqualTo(200);
        String second = refreshed.text("refreshToken");
        assertThat(second).isNotBlank().isNotEqualTo(first);
        assertThat(api.get("/api/portal/v1/me", refreshed.text("accessToken")).text("username")).isEqualTo("wushi");
        assertThat(jdbc.sql("select count(*) from refresh_token where token_hash = ? or token_hash = ?")
                .params(first, second).query(Long.class).single()).as("only hashes are stored").isZero();

        Response reused = api.post("/api/portal/v1/auth/refresh", null, Map.of("refreshToken", first));
        assertThat(reused.status()).isEqualTo(401);
        assertThat(reused.contentType()).startsWith("application/problem+json");
        assertThat(api.post("/api/portal/v1/auth/refresh", null, Map.of("refreshToken", second)).status())
                .as("the successor of a reused token is revoked too").isEqualTo(401);
        assertThat(api.post("/api/portal/v1/auth/refresh", null, Map.of("refreshToken", signIn("wushi", PASSWORD)
                .text("refreshToken"))).status()).as("a new sign-in is a new family").isEqualTo(200);
    }

    @Test
    void housekeepingForgetsLongExpiredTokensStaleFailureCountsAndEndedAttemptWindowsOnly(@Autowired IdentityHousekeeping housekeeping) {
        String account = jdbc.sql("select cast(id as text) from account where username = 'acme'").query(String.class).single();
        Instant now = Instant.now();
        for (var token : Map.of("old-expired", now.minus(Duration.ofDays(2)), "recently-expired", now.minusSeconds(60),
                "live", now.plus(Duration.ofDays(1))).entrySet()) {
            jdbc.sql("insert into refresh_token (token_hash, family_id, account_id, expires_at) values (?, gen_random_uuid(), cast(? as uuid), ?)")
                    .params("hk-" + token.getKey(), account, Timestamp.from(token.getValue())).update();
        }
        jdbc.sql("insert into sign_in_attempt (username, failures, updated_at) values ('hk-stale', 2, ?), ('hk-recent', 2, ?)")
                .params(Timestamp.from(now.minus(Duration.ofDays(2))), Timestamp.from(now)).update();
        jdbc.sql("insert into sign_in_attempt (username, failures, locked_until, updated_at) values ('hk-locked', 0, ?, ?)")
                .params(Timestamp.from(now.plus(Duration.ofMinutes(10))), Timestamp.from(now.minus(Duration.ofDays(2))))
                .update();
        jdbc.sql("""
                insert into attempt_window (scope, key_hash, window_start, window_end, attempts)
                values ('hk', 'ended', ?, ?, 3), ('hk', 'running', ?, ?, 3)""")
                .params(Timestamp.from(now.minus(Duration.ofMinutes(20))), Timestamp.from(now.minus(Duration.ofMinutes(5))),
                        Timestamp.from(now), Timestamp.from(now.plus(Duration.ofMinutes(15))))
                .update();

        housekeeping.run();

        assertThat(jdbc.sql("select token_hash from refresh_token where token_hash like 'hk-%' order by token_hash")
                .query(String.class).list()).containsExactly("hk-live", "hk-recently-expired");
        assertThat(jdbc.sql("select username from sign_in_attempt where username like 'hk-%' order by username")
                .query(String.class).list()).containsExactly("hk-locked", "hk-recent");
        assertThat(jdbc.sql("select key_hash from attempt_window where scope = 'hk'").query(String.class).list())
                .as("the shared attempt limits' ended windows go, running ones stay").containsExactly("running");
    }

    @Test
    void aPasswordChangeNeedsTheCurrentPasswordAndEndsOtherSignIns() {
        assertThat(registerPerson("fengyi", newIdentityNumber()).status()).isEqualTo(201);
        Response signedIn = signIn("fengyi", PASSWORD);
        String token = signedIn.text("accessToken");

        Response wrongCurrent = api.post("/api/portal/v1/me/password", token,
                Map.of("currentPassword", "not-it-2026", "newPassword", "Grand-canal-2027"));
        Response weak = api.post("/api/portal/v1/me/password", token,
                Map.of("currentPassword", PASSWORD, "newPassword", "short"));
        Response changed = api.post("/api/portal/v1/me/password", token,
                Map.of("currentPassword", PASSWORD, "newPassword", "Grand-canal-2027"));

        assertThat(wrongCurrent.status()).isEqualTo(400);
        assertThat(wrongCurrent.json().path("errors").get(0).path("field").asText()).isEqualTo("currentPassword");
        assertThat(weak.status()).isEqualTo(400);
        assertThat(weak.json().path("errors").get(0).path("field").asText()).isEqualTo("newPassword");
        assertThat(changed.status()).isEqualTo(204);
        assertThat(signIn("fengyi", PASSWORD).status()).isEqualTo(401);
        assertThat(signIn("fengyi", "Grand-canal-2027").status()).isEqualTo(200);
        assertThat(api.post("/api/portal/v1/auth/refresh", null, Map.of("refreshToken", signedIn.text("refreshToken")))
                .status()).isEqualTo(401);
    }

    @Test
    void theApiDocumentListsTheIdentityEndpoints() {
        Response document = api.get("/v3/api-docs", null);

        assertThat(document.status()).isEqualTo(200);
        assertThat(document.json().path("paths").has("/api/portal/v1/registrations/natural-persons")).isTrue();
        assertThat(document.json().path("paths").has("/api/portal/v1/auth/refresh")).isTrue();
        assertThat(document.json().path("paths").has("/api/portal/v1/me")).isTrue();
        assertThat(document.json().path("paths").has("/api/portal/v1/accounts/{id}/password-reset")).isTrue();
    }

    @Test
    void theProfileNeedsAToken() {
        Response anonymous = api.get("/api/portal/v1/me", null);

        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(anonymous.contentType()).startsWith("application/problem+json");
    }

    @Test
    void logoutRevokesTheRefreshToken() {
        String refreshToken = signIn("zhangsan", "onestop-demo").text("refreshToken");

        Response out = api.post("/api/portal/v1/auth/logout", null, Map.of("refreshToken", refreshToken));

        assertThat(out.status()).isEqualTo(204);
        assertThat(api.post("/api/portal/v1/auth/refresh", null, Map.of("refreshToken", refreshToken)).status())
                .isEqualTo(401);
        assertThat(api.post("/api/portal/v1/auth/refresh", null, Map.of("refreshToken", "no-such-token")).status())
                .isEqualTo(401);
    }

    @Test
    void anAdministratorCreatesStaffWithDepartmentRegionAndRoles() {
        TestDepartments.amr(jdbc);
        String admin = accessTokenOf("admin", "onestop-demo");
        try (EventProbe probe = EventProbe.on(Topics.ACCOUNT)) {
            Response created = api.post("/api/portal/v1/staff-accounts", admin, Map.of("username", "liclerk",
                    "displayName", "李窗口", "password", PASSWORD, "departmentCode", "330100-AMR", "regionCode", "330100",
                    "roles", List.of("CLERK", "REVIEWER")));

            assertThat(created.status()).as(created.body()).isEqualTo(201);
            assertThat(created.json().path("roles").toString()).isEqualTo("[\"STAFF\",\"CLERK\",\"REVIEWER\"]");
            Response me = api.get("/api/portal/v1/me", accessTokenOf("liclerk", PASSWORD));
            assertThat(me.text("departmentCode")).isEqualTo("330100-AMR");
            assertThat(me.text("regionCode")).isEqualTo("330100");
            assertThat(me.text("accountType")).isEqualTo("STAFF");
            await().atMost(EVENTUALLY).untilAsserted(() -> assertThat(probe.poll()).anySatisfy(event -> {
                assertThat(event.headers().get("ce_type")).isEqualTo("portal.account.staff-created.v1");
                assertThat(event.value()).contains("\"departmentCode\":\"330100-AMR\"").contains("liclerk");
            }));
        }
        Response page = api.get("/api/portal/v1/staff-accounts?departmentCode=330100-AMR&size=2", admin);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.json().path("content").size()).isEqualTo(2);
        assertThat(page.json().path("size").asInt()).isEqualTo(2);
        assertThat(page.json().path("totalElements").asLong()).isGreaterThanOrEqualTo(6);

        Response badRole = api.post("/api/portal/v1/staff-accounts", admin, Map.of("username", "badrole",
                "displayName", "x", "password", PASSWORD, "departmentCode", "330100-AMR", "regionCode", "330100",
                "roles", List.of("ADMIN")));
        assertThat(badRole.status()).isEqualTo(400);
        assertThat(badRole.json().path("errors").get(0).path("field").asText()).isEqualTo("roles");
    }

    @Test
    void citizensEnterprisesAndStaffCannotUseTheAdministratorsEndpoints() {
        Map<String, Object> staff = Map.of("username", "intruder", "displayName", "x", "password", PASSWORD,
                "departmentCode", "330100-AMR", "regionCode", "330100", "roles", List.of("CLERK"));
        for (String username : List.of("zhangsan", "acme", "clerk")) {
            String token = accessTokenOf(username, "onestop-demo");
            Response created = api.post("/api/portal/v1/staff-accounts", token, staff);
            assertThat(created.status()).as(username).isEqualTo(403);
            assertThat(created.contentType()).startsWith("application/problem+json");
            assertThat(api.get("/api/portal/v1/staff-accounts", token).status()).as(username).isEqualTo(403);
        }
        String me = api.get("/api/portal/v1/me", accessTokenOf("zhangsan", "onestop-demo")).text("id");
        assertThat(api.post("/api/portal/v1/accounts/" + me + "/disable", accessTokenOf("acme", "onestop-demo"), Map.of())
                .status()).isEqualTo(403);
        assertThat(jdbc.sql("select count(*) from account where username = 'intruder'").query(Long.class).single()).isZero();
    }

    @Test
    void aDisabledAccountCanNeitherSignInNorRefreshAndThePortalRefusesItsAccessTokenAtOnce() {
        assertThat(registerPerson("zhengshi", newIdentityNumber()).status()).isEqualTo(201);
        Response signedIn = signIn("zhengshi", PASSWORD);
        String id = api.get("/api/portal/v1/me", signedIn.text("accessToken")).text("id");
        String admin = accessTokenOf("admin", "onestop-demo");
        try (EventProbe probe = EventProbe.on(Topics.ACCOUNT)) {
            Response disabled = api.post("/api/portal/v1/accounts/" + id + "/disable", admin, Map.of());

            assertThat(disabled.status()).isEqualTo(200);
            assertThat(disabled.text("status")).isEqualTo("DISABLED");
            await().atMost(EVENTUALLY).untilAsserted(() -> assertThat(probe.poll()).anySatisfy(event -> {
                assertThat(event.headers().get("ce_type")).isEqualTo("portal.account.disabled.v1");
                assertThat(event.key()).isEqualTo(id);
            }));
        }
        assertThat(api.post("/api/portal/v1/auth/refresh", null, Map.of("refreshToken", signedIn.text("refreshToken")))
                .status()).isEqualTo(401);
        assertThat(signIn("zhengshi", PASSWORD).status()).isEqualTo(403);
        Response refused = api.get("/api/portal/v1/me", signedIn.text("accessToken"));
        assertThat(refused.status()).as("its access token, long before it expires").isEqualTo(401);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(api.get("/api/portal/v1/me", accessTokenOf("zhangsan", "onestop-demo")).status())
                .as("others' tokens still work").isEqualTo(200);
        assertThat(api.post("/api/portal/v1/accounts/00000000-0000-0000-0000-000000000000/disable", admin, Map.of())
                .status()).isEqualTo(404);
    }
}
