package org.onestop.portal.identity;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.onestop.portal.department.TestDepartments;
import org.onestop.testsupport.ApiClient;
import org.onestop.testsupport.ServiceIntegrationTest;
import org.onestop.testsupport.TestTokens;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The portal under test has {@code jwk-set-uri} pointing at {@link TestTokens}' key set, as it
 * would at an organisation's identity provider: it accepts tokens of that key set and its own, and
 * no others.
 */
@ServiceIntegrationTest
class ExternalKeySetIT {

    private static final String CLIENTS = "/api/portal/v1/admin/machine-clients";

    private final ApiClient api;
    private final JdbcClient jdbc;

    @Autowired
    ExternalKeySetIT(@Value("${local.server.port}") int port, JdbcClient jdbc) {
        this.api = ApiClient.onPort(port);
        this.jdbc = jdbc;
    }

    @Test
    void anAdministratorOfTheConfiguredKeySetIsAccepted() {
        assertThat(api.get(CLIENTS, TestTokens.admin()).status()).isEqualTo(200);
        assertThat(api.get(CLIENTS, TestTokens.citizen("c-1")).status()).as("a citizen of that key set").isEqualTo(403);
    }

    @Test
    void anAdministratorOfTheKeySetWithoutAPortalAccountManagesStaffAccounts() {
        TestDepartments.amr(jdbc);
        var created = api.post("/api/portal/v1/staff-accounts", TestTokens.admin(), Map.of("username", "idp-made",
                "displayName", "外部管理员建", "password", "Westlake-2026-spring", "departmentCode", "330100-AMR",
                "regionCode", "330100", "roles", List.of("CLERK")));

        assertThat(created.status()).as(created.body()).isEqualTo(201);
        var disabled = api.post("/api/portal/v1/accounts/" + created.text("id") + "/disable", TestTokens.admin(), Map.of());
        assertThat(disabled.status()).as(disabled.body()).isEqualTo(200);
        assertThat(disabled.text("status")).isEqualTo("DISABLED");
    }

    @Test
    void thePortalsOwnTokensStillWork() {
        String own = api.post("/api/portal/v1/auth/token", null, Map.of("username", "admin", "password", "onestop-demo"))
                .text("accessToken");

        assertThat(api.get(CLIENTS, own).status()).isEqualTo(200);
    }

    @Test
    void aTokenOfAnyOtherKeyIsRefused() throws JOSEException {
        var stranger = new RSAKeyGenerator(2048).keyID("stranger").generate();
        var claims = new JWTClaimsSet.Builder().subject("admin").claim("preferred_username", "admin")
                .claim("roles", List.of("ADMIN")).issueTime(new Date()).expirationTime(Date.from(Instant.now().plusSeconds(600)))
                .build();
        var jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID("stranger").build(), claims);
        jwt.sign(new RSASSASigner(stranger));

        var refused = api.get(CLIENTS, jwt.serialize());

        assertThat(refused.status()).isEqualTo(401);
        assertThat(refused.contentType()).startsWith("application/problem+json");
    }
}
