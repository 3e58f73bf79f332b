package org.onestop.portal.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.onestop.platform.identifiers.IdentityNumber;
import org.onestop.portal.identity.IdentityProperties.ClientLimits;
import org.onestop.testsupport.ApiClient;
import org.onestop.testsupport.ApiClient.Response;
import org.onestop.testsupport.ServiceIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The identity endpoints' limits per client address and per account. Each test comes from its own addresses (the
 * gateway passes the client's address in X-Forwarded-For, which the portal takes from a proxy on 127.0.0.1).
 */
@ServiceIntegrationTest
class ClientLimitsIT {

    private static final String TOKEN = "/api/portal/v1/auth/token";
    private static final String PASSWORD = "Westlake-2026-spring";
    private static final AtomicInteger SEQUENCE = new AtomicInteger(600);

    private final ApiClient api;
    private final JdbcClient jdbc;
    private final ClientLimits limits;

    @Autowired
    ClientLimitsIT(@Value("${local.server.port}") int port, JdbcClient jdbc, IdentityProperties properties) {
        this.api = ApiClient.onPort(port);
        this.jdbc = jdbc;
        this.limits = properties.clientLimits();
    }

    private static Map<String, String> from(String address) {
        return Map.of("X-Forwarded-For", address);
    }

    private Response signIn(String username, String password, String address) {
        return api.post(TOKEN, null, Map.of("username", username, "password", password), from(address));
    }

    private Response registerPerson(String username, String password, String address) {
        String first17 = "33010619850512" + "%03d".formatted(SEQUENCE.incrementAndGet());
        return api.post("/api/portal/v1/registrations/natural-persons", null, Map.of("name", "孙七",
                "identityNumber", first17 + IdentityNumber.checkCharacterOf(first17), "mobile", "13812345678",
                "username", username, "password", password), from(address));
    }

    private static void assertTooMany(Response refused, String detail) {
        assertThat(refused.status()).as(refused.body()).isEqualTo(429);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(Long.parseLong(refused.header("Retry-After"))).isPositive();
        assertThat(refused.text("detail")).isEqualTo(detail);
    }

    @Test
    void wrongPasswordsForManyUsernamesFromOneAddressAreRefusedBeforeTheyReachAnyAccount() {
        String sprayer = "203.0.113.41";
        for (int i = 0; i < limits.failuresPerClient(); i++) {
            assertThat(signIn("sprayed-" + i, "Spring-2026-guess", sprayer).status()).as("try " + i).isEqualTo(401);
        }

        Response refused = signIn("zhangsan", "onestop-demo", sprayer);

        assertTooMany(refused, "Too many failed sign-ins from this address; try again later");
        assertThat(signIn("zhangsan", "onestop-demo", "203.0.113.42").status())
                .as("another address, and the account is not locked").isEqualTo(200);
        assertThat(jdbc.sql("select count(*) from sign_in_attempt where username = 'zhangsan' and failures > 0")
                .query(Long.class).single()).isZero();
    }

    @Test
    void rightPasswordsFromOneAddressAreNeverCounted() {
        String hall = "203.0.113.43";
        for (int i = 0; i <= limits.failuresPerClient(); i++) {
            assertThat(signIn("zhangsan", "onestop-demo", hall).status()).isEqualTo(200);
        }
    }

    @Test
    void registrationsFromOneAddressAreLimitedWhetherTakenOrRefused() {
        String farm = "203.0.113.44";
        for (int i = 0; i < limits.registrationsPerClient(); i++) {
            assertThat(registerPerson("farmed" + i, "password1234", farm).status()).as("try " + i).isEqualTo(400);
        }

        assertTooMany(registerPerson("farmed-last", PASSWORD, farm),
                "Too many registrations from this address; try again later");
        assertThat(jdbc.sql("select count(*) from account where username like 'farmed%'").query(Long.class).single())
                .isZero();
        assertThat(registerPerson("notfarmed", PASSWORD, "203.0.113.45").status()).as("another address")
                .isEqualTo(201);
    }

    @Test
    void oneAccountHasOnlySoManyPasswordChanges() {
        String address = "203.0.113.46";
        assertThat(registerPerson("changer", PASSWORD, address).status()).isEqualTo(201);
        String token = signIn("changer", PASSWORD, address).text("accessToken");
        for (int i = 0; i < limits.passwordChangesPerAccount(); i++) {
            Response tooShort = api.post("/api/portal/v1/me/password", token,
                    Map.of("currentPassword", PASSWORD, "newPassword", "short" + i), from("203.0.113." + (100 + i)));
            assertThat(tooShort.status()).as("try " + i).isEqualTo(400);
        }

        Response refused = api.post("/api/portal/v1/me/password", token,
                Map.of("currentPassword", PASSWORD, "newPassword", "Lakeside-2026-autumn"), from("203.0.113.99"));

        assertTooMany(refused, "Too many password changes for this account; try again later");
        assertThat(signIn("changer", PASSWORD, address).status()).as("the password is unchanged").isEqualTo(200);
    }
}
