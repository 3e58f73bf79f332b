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
import java.time.Clock;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.IntStream;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;

/**
 * Signs RS256 tokens like the portal's, and serves the public key as a JWKS over real HTTP, so
 * services under test validate tokens exactly as in production.
 */
public final class TestTokens {

    public static final String DEPARTMENT = "330100-AMR";
    public static final String REGION = "330100";
    /** The issuer of the test tokens, accepted by services under test ({@link RealInfrastructureInitializer}). */
    public static final String ISSUER = "onestop-test";
    public static final String AUDIENCE = "onestop";
    /** The issuer the portal names in its own tokens (its default {@code onestop.identity.issuer}). */
    public static final String PORTAL_ISSUER = "onestop-portal";

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

    /**
     * Tokens signed with the test key, which services under test accept through {@link #jwkSetUri()}. Issued on the
     * real time: services judge other issuers' tokens by the real time, whatever clock a test gives their rules.
     */
    private static final Minter TEST_KEY = new Minter(TestTokens::signWithTestKey, ISSUER, Clock.systemUTC());

    public static String citizen(String id) {
        return TEST_KEY.citizen(id);
    }

    /** A legal person (enterprise) with its own subject. */
    public static String legalPerson(String id) {
        return TEST_KEY.legalPerson(id);
    }

    /** Tokens of {@code count} distinct citizens, subjects {@code prefix-0} to {@code prefix-(count-1)}. */
    public static List<String> citizens(String prefix, int count) {
        return TEST_KEY.citizens(prefix, count);
    }

    public static String clerk() {
        return TEST_KEY.clerk();
    }

    public static String staff(String username, String role, String department) {
        return TEST_KEY.staff(username, role, department);
    }

    public static String admin() {
        return TEST_KEY.admin();
    }

    public static String issue(String subject, String username, String name, List<String> roles, String department,
                               String region) {
        return TEST_KEY.issue(subject, username, name, roles, department, region);
    }

    /** An administrator's test token with its claims changed by {@code change} before it is signed with the test key. */
    public static String mintedWith(java.util.function.Consumer<JWTClaimsSet.Builder> change) {
        return TEST_KEY.issue("admin", "admin", "Administrator", List.of("ADMIN"), null, null, change);
    }

    /**
     * The same tokens signed by the portal's own encoder, naming the portal as their issuer, for the portal, which
     * checks its own tokens with its own keys (e.g. many distinct citizens); issued at the time of {@code clock}, the
     * portal's own, so that a test that moves the portal's time moves its tokens too.
     */
    public static Minter signedBy(JwtEncoder encoder, Clock clock) {
        return new Minter(claims -> encoder.encode(JwtEncoderParameters.from(JwsHeader.with(SignatureAlgorithm.RS256).build(),
                JwtClaimsSet.builder().claims(all -> claims.getClaims().forEach((name, value) ->
                        all.put(name, value instanceof Date date ? date.toInstant() : value))).build())).getTokenValue(),
                PORTAL_ISSUER, clock);
    }

    private static String signWithTestKey(JWTClaimsSet claims) {
        jwkSetUri();
        try {
            var jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(), claims);
            jwt.sign(new RSASSASigner(key));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Mints tokens with the platform's claims (sub, preferred_username, name, roles, department, region). */
    public static final class Minter {

        private final Function<JWTClaimsSet, String> signer;
        private final String issuer;
        private final Clock clock;

        private Minter(Function<JWTClaimsSet, String> signer, String issuer, Clock clock) {
            this.signer = signer;
            this.issuer = issuer;
            this.clock = clock;
        }

        public String citizen(String id) {
            return issue(id, "citizen-" + id, "张三", List.of("CITIZEN"), null, null);
        }

        public String legalPerson(String id) {
            return issue(id, "enterprise-" + id, "某某有限公司", List.of("LEGAL_PERSON"), null, null);
        }

        public List<String> citizens(String prefix, int count) {
            return IntStream.range(0, count).mapToObj(i -> citizen(prefix + "-" + i)).toList();
        }

        public String clerk() {
            return staff("clerk", "CLERK", DEPARTMENT);
        }

        public String staff(String username, String role, String department) {
            return issue("staff-" + username, username, username, List.of("STAFF", role), department, REGION);
        }

        public String admin() {
            return issue("admin", "admin", "Administrator", List.of("ADMIN"), null, null);
        }

        public String issue(String subject, String username, String name, List<String> roles, String department,
                            String region) {
            return issue(subject, username, name, roles, department, region, claims -> { });
        }

        String issue(String subject, String username, String name, List<String> roles, String department,
                     String region, java.util.function.Consumer<JWTClaimsSet.Builder> change) {
            Instant now = clock.instant();
            var claims = new JWTClaimsSet.Builder()
                    .subject(subject)
                    .issuer(issuer)
                    .audience(AUDIENCE)
                    .issueTime(Date.from(now))
                    .expirationTime(Date.from(now.plusSeconds(600)))
                    .claim("preferred_username", username)
                    .claim("name", name)
                    .claim("roles", roles);
            if (department != null) {
                claims.claim("department", department).claim("region", region);
            }
            change.accept(claims);
            return signer.apply(claims.build());
        }
    }

    private TestTokens() {
    }
}
