package org.onestop.portal.identity;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import java.text.ParseException;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The portal's RSA signing key. The first instance to start generates it and stores it; every
 * replica then loads the same key, so a token from one verifies everywhere.
 */
@Component
class SigningKeys {

    private final RSAKey key;

    SigningKeys(JdbcClient jdbc) {
        this.key = loadOrCreate(jdbc);
    }

    RSAKey signingKey() {
        return key;
    }

    JWKSet publicKeys() {
        return new JWKSet(key.toPublicJWK());
    }

    private static RSAKey loadOrCreate(JdbcClient jdbc) {
        try {
            RSAKey fresh = new RSAKeyGenerator(2048).keyID(UUID.randomUUID().toString()).generate();
            jdbc.sql("""
                    insert into signing_key (kid, private_key, public_key)
                    select ?, ?, ? where not exists (select 1 from signing_key)""")
                    .params(fresh.getKeyID(), fresh.toJSONString(), fresh.toPublicJWK().toJSONString())
                    .update();
            String stored = jdbc.sql("select private_key from signing_key order by created_at limit 1")
                    .query(String.class).single();
            return RSAKey.parse(stored);
        } catch (JOSEException | ParseException e) {
            throw new IllegalStateException("cannot set up the token signing key", e);
        }
    }
}
