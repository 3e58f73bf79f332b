package org.onestop.platform.security;

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
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.onestop.platform.security.TokenIssuers.Issuer;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;

/** Tokens judged by the issuer they name, each issuer's key sets served over real HTTP. */
class IssuerJwtDecoderTest {

    private static final Instant NOW = Instant.parse("2026-12-04T02:00:00Z");
    private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);

    private final AtomicReference<JWKSet> portalKeys = new AtomicReference<>();
    private HttpServer server;
    private RSAKey portalKey;
    private RSAKey providerKey;
    private JwtDecoder decoder;

    @BeforeEach
    void twoIssuersWithTheirKeySets() throws IOException, JOSEException {
        portalKey = new RSAKeyGenerator(2048).keyID("portal-1").generate();
        providerKey = new RSAKeyGenerator(2048).keyID("idp-1").generate();
        portalKeys.set(new JWKSet(portalKey.toPublicJWK()));
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        serve("/portal/jwks", () -> portalKeys.get());
        serve("/idp/certs", () -> new JWKSet(providerKey.toPublicJWK()));
        server.start();
        String base = "http://127.0.0.1:" + server.getAddress().getPort();
        TokenIssuers issuers = new TokenIssuers("onestop", Duration.ofSeconds(30), Map.of(
                "portal", new Issuer("onestop-portal", base + "/portal/jwks", null),
                "idp", new Issuer("https://idp.example.org/realms/gov", base + "/idp/certs", "onestop-api")));
        decoder = IssuerJwtDecoder.of(issuers, Map.of(), CLOCK);
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private void serve(String path, java.util.function.Supplier<JWKSet> keys) {
        server.createContext(path, exchange -> {
            byte[] body = keys.get().toString().getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
    }

    private static String token(RSAKey key, Consumer<JWTClaimsSet.Builder> claims) throws JOSEException {
        JWTClaimsSet.Builder builder = new JWTClaimsSet.Builder().subject("someone").issuer("onestop-portal")
                .audience("onestop").issueTime(Date.from(NOW.minusSeconds(60)))
                .expirationTime(Date.from(NOW.plusSeconds(540)));
        claims.accept(builder);
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(),
                builder.build());
        jwt.sign(new RSASSASigner(key));
        return jwt.serialize();
    }

    @Test
    void eachIssuersTokensAreAcceptedWithItsOwnKeysAndAudience() throws JOSEException {
        assertThat(decoder.decode(token(portalKey, claims -> { })).getSubject()).isEqualTo("someone");
        assertThat(decoder.decode(token(providerKey, claims -> claims.issuer("https://idp.example.org/realms/gov")
                .audience("onestop-api"))).getIssuer().toString()).isEqualTo("https://idp.example.org/realms/gov");
    }

    @Test
    void aTokenNamingNoAcceptedIssuerIsRefusedWhateverItsKey() {
        assertThatThrownBy(() -> decoder.decode(token(portalKey, claims -> claims.issuer("someone-else"))))
                .isInstanceOf(JwtException.class).hasMessage("The token's issuer is not accepted");
        assertThatThrownBy(() -> decoder.decode(token(portalKey, claims -> claims.issuer(null))))
                .isInstanceOf(JwtException.class).hasMessage("The token's issuer is not accepted");
    }

    @Test
    void oneIssuersKeyDoesNotVouchForATokenNamingAnother() {
        assertThatThrownBy(() -> decoder.decode(token(providerKey, claims -> { })))
                .as("signed by the provider, naming the portal").isInstanceOf(JwtException.class);
        assertThatThrownBy(() -> decoder.decode(token(portalKey, claims -> claims
                .issuer("https://idp.example.org/realms/gov").audience("onestop-api"))))
                .as("signed by the portal, naming the provider").isInstanceOf(JwtException.class);
    }

    @Test
    void theAudienceMustBeTheIssuers() {
        assertThatThrownBy(() -> decoder.decode(token(portalKey, claims -> claims.audience("another-system"))))
                .isInstanceOf(JwtException.class).hasMessageContaining("aud");
        assertThatThrownBy(() -> decoder.decode(token(portalKey, claims -> claims.audience((String) null))))
                .isInstanceOf(JwtException.class).hasMessageContaining("aud");
        assertThatThrownBy(() -> decoder.decode(token(providerKey, claims -> claims
                .issuer("https://idp.example.org/realms/gov").audience("onestop"))))
                .as("the provider's tokens carry its own audience").isInstanceOf(JwtException.class);
    }

    @Test
    void expiryIsRequiredAndJudgedWithAtMostThirtySecondsOfSkew() throws JOSEException {
        assertThat(decoder.decode(token(portalKey, claims -> claims.expirationTime(Date.from(NOW.minusSeconds(29))))))
                .as("29 s past its expiry").isNotNull();
        assertThatThrownBy(() -> decoder.decode(token(portalKey, claims -> claims
                .expirationTime(Date.from(NOW.minusSeconds(31)))))).isInstanceOf(JwtException.class)
                .hasMessageContaining("expired");
        assertThatThrownBy(() -> decoder.decode(token(portalKey, claims -> claims
                .notBeforeTime(Date.from(NOW.plusSeconds(31)))))).isInstanceOf(JwtException.class);
        assertThatThrownBy(() -> decoder.decode(token(portalKey, claims -> claims.expirationTime(null))))
                .as("no expiry at all").isInstanceOf(JwtException.class);
        assertThatThrownBy(() -> new TokenIssuers("onestop", Duration.ofSeconds(31), Map.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("between 0 and 30s");
    }

    @Test
    void aTokenOfANewlyPublishedKeyIsAcceptedAndTheOldKeysTokensStayValid() throws JOSEException {
        String old = token(portalKey, claims -> { });
        assertThat(decoder.decode(old)).isNotNull();
        RSAKey next = new RSAKeyGenerator(2048).keyID("portal-2").generate();
        portalKeys.set(new JWKSet(java.util.List.of(portalKey.toPublicJWK(), next.toPublicJWK())));

        assertThat(decoder.decode(token(next, claims -> { })).getSubject()).as("the key set is fetched again")
                .isEqualTo("someone");
        assertThat(decoder.decode(old)).as("the retiring key still vouches for its tokens").isNotNull();
    }

    @Test
    void somethingThatIsNotATokenIsRefusedWithoutATypeName() {
        assertThatThrownBy(() -> decoder.decode("not-a-token")).isInstanceOf(JwtException.class)
                .hasMessage("The token cannot be read");
    }
}
