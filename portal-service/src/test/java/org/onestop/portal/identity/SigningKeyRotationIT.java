package org.onestop.portal.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.onestop.testsupport.ApiClient;
import org.onestop.testsupport.ApiClient.Response;
import org.onestop.testsupport.ServiceIntegrationTest;
import org.onestop.testsupport.SettableClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Import;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The signing key rotates while tokens keep working: the new key is published before it signs, the old key's tokens
 * stay valid until they expire, then the old key leaves the key set. The portal's clock is set by the test.
 */
@ServiceIntegrationTest
@Import(SettableClock.Installed.class)
class SigningKeyRotationIT {

    private static final String KEYS = "/api/portal/v1/admin/signing-keys";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final ApiClient api;
    private final SettableClock clock;
    private final IdentityProperties properties;
    private final IdentityHousekeeping housekeeping;

    @Autowired
    SigningKeyRotationIT(@Value("${local.server.port}") int port, Clock clock, IdentityProperties properties,
                         IdentityHousekeeping housekeeping) {
        this.api = ApiClient.onPort(port);
        this.clock = (SettableClock) clock;
        this.properties = properties;
        this.housekeeping = housekeeping;
    }

    private String signIn(String username) {
        Response signedIn = api.post("/api/portal/v1/auth/token", null,
                Map.of("username", username, "password", "onestop-demo"));
        assertThat(signedIn.status()).as(signedIn.body()).isEqualTo(200);
        return signedIn.text("accessToken");
    }

    private static String keyIdOf(String token) {
        return JSON.readTree(new String(Base64.getUrlDecoder().decode(token.split("\\.")[0]), StandardCharsets.UTF_8))
                .path("kid").asText();
    }

    private static JsonNode claimsOf(String token) {
        return JSON.readTree(new String(Base64.getUrlDecoder().decode(token.split("\\.")[1]), StandardCharsets.UTF_8));
    }

    private java.util.List<String> publishedKeyIds() {
        return api.get("/api/portal/v1/auth/jwks", null).json().path("keys").findValuesAsString("kid");
    }

    private void later(Duration duration) {
        clock.set(clock.instant().plus(duration));
    }

    /** A day after the previous test: the keys it retired are gone. */
    @BeforeEach
    void aDayLater() {
        later(Duration.ofDays(1));
    }

    @Test
    void aRotatedKeyIsPublishedFirstSignsAfterItsDelayAndTheOldKeysTokensLiveOutTheirTime() {
        String admin = signIn("admin");
        String oldKey = keyIdOf(admin);
        assertThat(claimsOf(admin).path("aud").asText()).as("one audience, a string (RFC 7519)").isEqualTo("onestop");
        assertThat(claimsOf(admin).path("iss").asText()).isEqualTo("onestop-portal");
        assertThat(api.post(KEYS + "/rotation", signIn("zhangsan"), Map.of()).status()).as("a citizen").isEqualTo(403);

        Response rotated = api.post(KEYS + "/rotation", admin, Map.of());

        assertThat(rotated.status()).as(rotated.body()).isEqualTo(202);
        String newKey = rotated.text("keyId");
        assertThat(publishedKeyIds()).as("published at once").containsExactlyInAnyOrder(oldKey, newKey);
        assertThat(api.get(KEYS, admin).json().findValuesAsString("status")).containsExactly("SIGNING", "NEXT");
        assertThat(keyIdOf(signIn("clerk"))).as("not signing before its activation").isEqualTo(oldKey);

        later(properties.signingKeys().activationDelay().plusSeconds(1));
        String fresh = signIn("clerk");

        assertThat(keyIdOf(fresh)).isEqualTo(newKey);
        assertThat(api.get("/api/portal/v1/me", fresh).status()).isEqualTo(200);
        assertThat(api.get("/api/portal/v1/me", admin).status()).as("a token of the old key, still valid")
                .isEqualTo(200);
        assertThat(api.get(KEYS, fresh).status()).as("the clerk is no administrator").isEqualTo(403);
        assertThat(api.get(KEYS, signIn("admin")).json().findValuesAsString("status"))
                .containsExactly("RETIRING", "SIGNING");

        later(properties.accessTokenLifetime().plusSeconds(31));

        assertThat(publishedKeyIds()).as("the old key's last tokens have expired").containsExactly(newKey);
        assertThat(api.get("/api/portal/v1/me", admin).status()).isEqualTo(401);
        assertThat(api.get("/api/portal/v1/me", signIn("admin")).status()).isEqualTo(200);
    }

    @Test
    void theHousekeepingRotatesAKeyThatHasReachedItsAge() {
        String before = keyIdOf(signIn("clerk"));
        housekeeping.run();
        assertThat(keyIdOf(signIn("clerk"))).as("not due yet").isEqualTo(before);

        later(properties.signingKeys().rotateAfter().plusDays(1));
        housekeeping.run();
        later(properties.signingKeys().activationDelay().plusSeconds(1));

        String after = keyIdOf(signIn("clerk"));
        assertThat(after).isNotEqualTo(before);
        assertThat(publishedKeyIds()).contains(after);
        housekeeping.run();
        assertThat(keyIdOf(signIn("clerk"))).as("rotated once, not at every run").isEqualTo(after);
    }
}
