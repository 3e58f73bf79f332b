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
 * The portal under test accepts {@link TestTokens}' issuer with its key set, as it would an organisation's identity
 * provider ({@code onestop.security.tokens.issuers.test}): it accepts tokens of that issuer signed with that key set,
 * and its own, and no others.
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
    void theProvidersKeyDoesNotVouchForATokenNamingThePortalNorDoesATokenForAnotherAudiencePass() {
        String namingThePortal = TestTokens.mintedWith(claims -> claims.issuer("onestop-portal"));
        String forAnotherSystem = TestTokens.mintedWith(claims -> claims.audience("another-system"));

        for (String token : new String[] {namingThePortal, forAnotherSystem}) {
            var refused = api.get(CLIENTS, token);
            assertThat(refused.status()).isEqualTo(401);
            assertThat(refused.contentType()).startsWith("application/problem+json");
        }
        assertThat(api.get(CLIENTS, TestTokens.mintedWith(claims -> { })).status()).as("the same, unchanged")
                .isEqualTo(200);
    }

    @Test
    void aTokenOfAnyOtherKeyIsRefused() throws JOSEException {
        var stranger = new RSAKeyGenerator(2048).keyID("stranger").generate();
        var claims = new JWTClaimsSet.Builder().subject("admin").issuer(TestTokens.ISSUER).audience(TestTokens.AUDIENCE)
                .claim("preferred_username", "admin")
                .claim("roles", List.of("ADMIN")).issueTime(new Date()).expirationTime(Date.from(Instant.now().plusSeconds(600)))
                .build();
        var jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID("stranger").build(), claims);
        jwt.sign(new RSASSASigner(stranger));

        var refused = api.get(CLIENTS, jwt.serialize());

        assertThat(refused.status()).isEqualTo(401);
        assertThat(refused.contentType()).startsWith("application/problem+json");
    }
}
