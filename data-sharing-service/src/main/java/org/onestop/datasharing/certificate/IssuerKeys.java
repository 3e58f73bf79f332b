package org.onestop.datasharing.certificate;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.Payload;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import java.text.ParseException;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Each issuing department's RSA key, made on its first certificate and kept in this service's
 * database; certificates are JWS (RS256) over their signed claims.
 */
@Component
class IssuerKeys {

    private final JdbcClient jdbc;
    private final Map<String, RSAKey> keys = new ConcurrentHashMap<>();

    IssuerKeys(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    String sign(String department, String payload) {
        RSAKey key = keyOf(department);
        try {
            JWSObject jws = new JWSObject(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(),
                    new Payload(payload));
            jws.sign(new RSASSASigner(key));
            return jws.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException("cannot sign for " + department, e);
        }
    }

    /** Whether the JWS was signed by the department's key over exactly this payload. */
    boolean verify(String department, String jws, String expectedPayload) {
        try {
            JWSObject parsed = JWSObject.parse(jws);
            RSAKey key = keyOf(department);
            return key.getKeyID().equals(parsed.getHeader().getKeyID())
                    && parsed.verify(new RSASSAVerifier(key.toRSAPublicKey()))
                    && parsed.getPayload().toString().equals(expectedPayload);
        } catch (ParseException | JOSEException e) {
            return false;
        }
    }

    private RSAKey keyOf(String department) {
        return keys.computeIfAbsent(department, this::loadOrCreate);
    }

    /** Loads the department's key; the first use makes one (two replicas racing keep the first stored). */
    private RSAKey loadOrCreate(String department) {
        try {
            var stored = stored(department);
            if (stored.isPresent()) {
                return RSAKey.parse(stored.get());
            }
            RSAKey fresh = new RSAKeyGenerator(2048).keyID(department + "-" + UUID.randomUUID()).generate();
            jdbc.sql("insert into issuer_key (department, key_id, private_jwk) values (?, ?, ?) on conflict do nothing")
                    .params(department, fresh.getKeyID(), fresh.toJSONString())
                    .update();
            return RSAKey.parse(stored(department).orElseThrow());
        } catch (JOSEException | ParseException e) {
            throw new IllegalStateException("cannot set up the signing key of " + department, e);
        }
    }

    private java.util.Optional<String> stored(String department) {
        return jdbc.sql("select private_jwk from issuer_key where department = ?").param(department)
                .query(String.class).optional();
    }
}
