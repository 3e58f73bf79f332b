package org.onestop.gateway;

import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

/** RS256 keys and the tokens they sign, as the portal issues them. */
final class TestTokens {

    private TestTokens() {
    }

    static String token(RSAKey key) {
        return token(key, "account-1");
    }

    static String token(RSAKey key, String subject) {
        return token(key, subject, "onestop-portal", "onestop");
    }

    static String token(RSAKey key, String subject, String issuer, String audience) {
        try {
            JWTClaimsSet claims = new JWTClaimsSet.Builder()
                    .subject(subject)
                    .issuer(issuer)
                    .audience(audience)
                    .claim("preferred_username", "zhangsan")
                    .claim("roles", List.of("CITIZEN"))
                    .issueTime(new Date())
                    .expirationTime(Date.from(Instant.now().plus(Duration.ofMinutes(5))))
                    .build();
            SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256)
                    .keyID(key.getKeyID())
                    .type(JOSEObjectType.JWT)
                    .build(), claims);
            jwt.sign(new RSASSASigner(key));
            return jwt.serialize();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static RSAKey generateSigningKey() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            var keyPair = generator.generateKeyPair();
            return new RSAKey.Builder((RSAPublicKey) keyPair.getPublic())
                    .privateKey((RSAPrivateKey) keyPair.getPrivate())
                    .keyID("test-" + System.nanoTime())
                    .build();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** A backend that also serves the key's JWKS at {@code /jwks}. */
    static TestBackend backendFor(RSAKey key) {
        try {
            return new TestBackend(new JWKSet(key.toPublicJWK()).toString());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
