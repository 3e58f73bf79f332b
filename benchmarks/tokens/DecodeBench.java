// Not part of the build: see benchmarks/tokens/README.md.
package org.onestop.platform.security;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.time.Clock;
import java.time.Duration;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;

/**
 * One bearer token judged as before (signature and expiry with one key: NimbusJwtDecoder and the default validators)
 * and as now (IssuerJwtDecoder: the issuer read first, then that issuer's decoder with issuer, audience and skew).
 */
public class DecodeBench {
    public static void main(String[] args) throws Exception {
        RSAKey key = new RSAKeyGenerator(2048).keyID("k1").generate();
        JWTClaimsSet claims = new JWTClaimsSet.Builder().subject("account-1").issuer("onestop-portal").audience("onestop")
                .issueTime(new Date()).expirationTime(new Date(System.currentTimeMillis() + 3_600_000))
                .claim("preferred_username", "zhangsan").claim("roles", List.of("CITIZEN")).build();
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID("k1").build(), claims);
        jwt.sign(new RSASSASigner(key));
        String token = jwt.serialize();

        NimbusJwtDecoder before = NimbusJwtDecoder.withPublicKey(key.toRSAPublicKey()).build();
        before.setJwtValidator(JwtValidators.createDefault());
        TokenIssuers issuers = new TokenIssuers("onestop", Duration.ofSeconds(30), Map.of());
        NimbusJwtDecoder own = NimbusJwtDecoder.withPublicKey(key.toRSAPublicKey()).build();
        own.setJwtValidator(IssuerJwtDecoder.validator("onestop-portal", "onestop", issuers, Clock.systemUTC()));
        JwtDecoder after = IssuerJwtDecoder.of(issuers, Map.of("onestop-portal", own), Clock.systemUTC());

        long sink = 0;
        for (int i = 0; i < 20_000; i++) {
            sink += before.decode(token).getClaims().size() + after.decode(token).getClaims().size();
        }
        for (int round = 0; round < 5; round++) {
            int n = 20_000;
            long start = System.nanoTime();
            for (int i = 0; i < n; i++) sink += before.decode(token).getClaims().size();
            long mid = System.nanoTime();
            for (int i = 0; i < n; i++) sink += after.decode(token).getClaims().size();
            long end = System.nanoTime();
            System.out.printf("round %d: before %.1f µs, now %.1f µs per token%n", round, (mid - start) / 1000.0 / n,
                    (end - mid) / 1000.0 / n);
        }
        System.out.println(sink);
    }
}
