package org.onestop.testsupport;

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
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.UUID;

/**
 * Signs RS256 tokens like the portal's, and serves the public key as a JWKS over real HTTP, so
 * services under test validate tokens exactly as in production.
 */
public final class TestTokens {

    public static final String DEPARTMENT = "330100-AMR";
    public static final String REGION = "330100";

    private static RSAKey key;
    private static String jwkSetUri;

    public static synchronized String jwkSetUri() {
        if (jwkSetUri == null) {
            try {
                key = new RSAKeyGenerator(2048).keyID("test-" + UUID.randomUUID()).generate();
                byte[] jwks = new JWKSet(key.toPublicJWK()).toString().getBytes(StandardCharsets.UTF_8);
                HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
                server.createContext("/jwks", exchange -> {
                    exchange.getResponseHeaders().add("Content-Type", "application/json");
                    exchange.sendResponseHeaders(200, jwks.length);
                    try (OutputStream body = exchange.getResponseBody()) {
                        body.write(jwks);
                    }
                });
                server.setExecutor(null);
                server.start();
                Runtime.getRuntime().addShutdownHook(new Thread(() -> server.stop(0)));
                jwkSetUri = "http://127.0.0.1:" + server.getAddress().getPort() + "/jwks";
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (JOSEException e) {
                throw new IllegalStateException(e);
            }
        }
        return jwkSetUri;
    }

    public static String citizen(String id) {
        return issue(id, "citizen-" + id, "张三", List.of("CITIZEN"), null, null);
    }

    public static String clerk() {
        return staff("clerk", "CLERK", DEPARTMENT);
    }

    public static String staff(String username, String role, String department) {
        return issue("staff-" + username, username, username, List.of("STAFF", role), department, REGION);
    }

    public static String admin() {
        return issue("admin", "admin", "Administrator", List.of("ADMIN"), null, null);
    }

    public static String issue(String subject, String username, String name, List<String> roles, String department,
                               String region) {
        jwkSetUri();
        Instant now = Instant.now();
        var claims = new JWTClaimsSet.Builder()
                .subject(subject)
                .issuer("onestop-test")
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plusSeconds(600)))
                .claim("preferred_username", username)
                .claim("name", name)
                .claim("roles", roles);
        if (department != null) {
            claims.claim("department", department).claim("region", region);
        }
        try {
            var jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(), claims.build());
            jwt.sign(new RSASSASigner(key));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    private TestTokens() {
    }
}
