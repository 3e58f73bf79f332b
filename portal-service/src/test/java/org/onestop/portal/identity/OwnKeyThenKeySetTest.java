package org.onestop.portal.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;

/** The portal's decoder with an identity provider's key set served over real HTTP. */
class OwnKeyThenKeySetTest {

    private final RSAKey ownKey = key("portal-key");
    private final RSAKey providerKey = key("provider-key");
    private final AtomicInteger keySetFetches = new AtomicInteger();
    private final HttpServer provider = keySetServer(new JWKSet(providerKey.toPublicJWK()));
    private final OwnKeyThenKeySet decoder = decoder();

    @AfterEach
    void stopProvider() {
        provider.stop(0);
    }

    @Test
    void tokensOfTheOwnKeyNeedNoKeySet() {
        assertThat(decoder.decode(token(ownKey, ownKey.getKeyID(), 600)).getSubject()).isEqualTo("someone");
        assertThat(decoder.decode(token(ownKey, null, 600)).getSubject()).as("without a kid").isEqualTo("someone");
        assertThat(keySetFetches).hasValue(0);
    }

    @Test
    void tokensOfTheConfiguredKeySetAreAcceptedToo() {
        assertThat(decoder.decode(token(providerKey, providerKey.getKeyID(), 600)).getClaimAsStringList("roles"))
                .containsExactly("ADMIN");
        assertThat(keySetFetches.get()).isPositive();
    }

    @Test
    void anExpiredOwnTokenIsRefusedWithoutAskingTheKeySet() {
        assertThatThrownBy(() -> decoder.decode(token(ownKey, ownKey.getKeyID(), -600)))
                .isInstanceOf(JwtException.class).hasMessageContaining("expired");
        assertThat(keySetFetches).hasValue(0);
    }

    @Test
    void aTokenOfAnyOtherKeyIsRefused() {
        RSAKey stranger = key("stranger");

        assertThatThrownBy(() -> decoder.decode(token(stranger, stranger.getKeyID(), 600))).isInstanceOf(JwtException.class);
        assertThatThrownBy(() -> decoder.decode(token(stranger, ownKey.getKeyID(), 600))).isInstanceOf(JwtException.class);
        assertThatThrownBy(() -> decoder.decode("not-a-token")).isInstanceOf(JwtException.class);
    }

    @Test
    void aKeySetUriWithThePortalsOwnPathIsThePortalItself() {
        assertThat(OwnKeyThenKeySet.isAnotherKeySet("http://portal-service:8081/api/portal/v1/auth/jwks")).isFalse();
        assertThat(OwnKeyThenKeySet.isAnotherKeySet("http://localhost:18081/api/portal/v1/auth/jwks")).isFalse();
        assertThat(OwnKeyThenKeySet.isAnotherKeySet("")).isFalse();
        assertThat(OwnKeyThenKeySet.isAnotherKeySet(null)).isFalse();
        assertThat(OwnKeyThenKeySet.isAnotherKeySet("https://idp.example.org/realms/onestop/protocol/openid-connect/certs"))
                .isTrue();
    }

    private OwnKeyThenKeySet decoder() {
        try {
            return new OwnKeyThenKeySet(ownKey.getKeyID(), NimbusJwtDecoder.withPublicKey(ownKey.toRSAPublicKey()).build(),
                    NimbusJwtDecoder.withJwkSetUri("http://127.0.0.1:" + provider.getAddress().getPort() + "/jwks").build());
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    private static RSAKey key(String id) {
        try {
            return new RSAKeyGenerator(2048).keyID(id).generate();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String token(RSAKey key, String keyId, long secondsLeft) {
        Instant now = Instant.now();
        var claims = new JWTClaimsSet.Builder().subject("someone").claim("roles", List.of("ADMIN"))
                .issueTime(Date.from(now.minusSeconds(1200))).expirationTime(Date.from(now.plusSeconds(secondsLeft))).build();
        try {
            var jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(keyId).build(), claims);
            jwt.sign(new RSASSASigner(key));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    private HttpServer keySetServer(JWKSet keys) {
        try {
            byte[] body = keys.toString().getBytes(StandardCharsets.UTF_8);
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            server.createContext("/jwks", exchange -> {
                keySetFetches.incrementAndGet();
                exchange.getResponseHeaders().add("Content-Type", "application/json");
                exchange.sendResponseHeaders(200, body.length);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(body);
                }
            });
            server.start();
            return server;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
