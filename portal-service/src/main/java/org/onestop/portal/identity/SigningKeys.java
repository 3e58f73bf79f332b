package org.onestop.portal.identity;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import java.sql.Timestamp;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.onestop.platform.security.TokenIssuers;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The portal's RSA signing keys, kept in PostgreSQL so that every replica signs and checks with the same ones.
 *
 * <p>Keys rotate without downtime. A new key is published in the JWKS at once but signs only from its activation
 * ({@code onestop.identity.signing-keys.activation-delay} later), so every replica and every service that caches
 * the key set has seen it before the first token it signs; the key it replaces stays published until the last token
 * it signed has expired (the access-token lifetime plus the allowed clock skew), then leaves the JWKS. Replicas read
 * the keys again every {@link #REREAD} and at once when a token names a key they do not know.
 */
@Component
class SigningKeys {

    static final Duration REREAD = Duration.ofSeconds(10);
    private static final Logger log = LoggerFactory.getLogger(SigningKeys.class);
    /** Serialises rotations across replicas (pg_advisory_xact_lock). */
    private static final long ROTATION_LOCK = 0x6f6e6573746f70L;

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final IdentityProperties properties;
    private final Duration retirement;
    private final Clock clock;
    private volatile Loaded loaded;

    SigningKeys(JdbcClient jdbc, TransactionTemplate transactions, IdentityProperties properties, TokenIssuers issuers,
                Clock clock) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.properties = properties;
        this.retirement = properties.accessTokenLifetime().plus(issuers.clockSkew());
        this.clock = clock;
        transactions.executeWithoutResult(status -> {
            lockRotations();
            if (jdbc.sql("select count(*) from signing_key").query(Long.class).single() == 0) {
                insert(fresh(), clock.instant(), clock.instant());
            }
        });
    }

    /** The key that signs now: the newest whose activation has come. */
    RSAKey signingKey() {
        Instant now = clock.instant();
        List<Stored> keys = current(now).keys();
        return keys.stream().filter(key -> !key.activatesAt().isAfter(now))
                .max(Comparator.comparing(Stored::activatesAt))
                .or(() -> keys.stream().min(Comparator.comparing(Stored::activatesAt)))
                .orElseThrow(() -> new IllegalStateException("no token signing key"))
                .key();
    }

    /** The public keys a token may name: the signing one, the next one and those whose tokens may still be valid. */
    JWKSet publicKeys() {
        return current(clock.instant()).publicKeys();
    }

    /** The private keys, for the encoder to find the one a token's header names (the signing one if it names none). */
    JWKSource<SecurityContext> privateKeySource() {
        return (selector, context) -> {
            List<JWK> found = selector.select(current(clock.instant()).privateKeys());
            if (found.size() < 2) {
                return found;
            }
            String signing = signingKey().getKeyID();
            return found.stream().filter(key -> signing.equals(key.getKeyID())).toList();
        };
    }

    /** The public keys, for checking the portal's own tokens; a key not known yet sends the replica to the database. */
    JWKSource<SecurityContext> publicKeySource() {
        return (selector, context) -> {
            List<JWK> found = selector.select(publicKeys());
            if (found.isEmpty()) {
                loaded = null;
                found = selector.select(publicKeys());
            }
            return found;
        };
    }

    /**
     * Makes a new key, published now and signing after the activation delay; the keys it replaces retire once the
     * tokens they may still sign until then have expired.
     */
    Rotation rotate() {
        Rotation rotation = transactions.execute(status -> {
            lockRotations();
            return rotateLocked(clock.instant());
        });
        loaded = null;
        log.info("Token signing key {} made: published now, signing from {}; {} key(s) retire by {}", rotation.keyId(),
                rotation.activatesAt(), rotation.retiring(), rotation.retiresAt());
        return rotation;
    }

    /** Rotates when the newest key is older than {@code onestop.identity.signing-keys.rotate-after} (any replica). */
    Optional<Rotation> rotateIfDue() {
        Instant now = clock.instant();
        Optional<Rotation> rotation = transactions.execute(status -> {
            lockRotations();
            Instant newest = jdbc.sql("select max(created_at) from signing_key").query(Timestamp.class).single()
                    .toInstant();
            if (newest.plus(properties.signingKeys().rotateAfter()).isAfter(now)) {
                return Optional.<Rotation>empty();
            }
            return Optional.of(rotateLocked(now));
        });
        rotation.ifPresent(made -> {
            loaded = null;
            log.info("Token signing key {} made as the previous one reached {}: signing from {}", made.keyId(),
                    properties.signingKeys().rotateAfter(), made.activatesAt());
        });
        return rotation;
    }

    /** Removes keys retired more than a day ago (they are out of the JWKS already). */
    int purgeRetired() {
        return jdbc.sql("delete from signing_key where retires_at < ?")
                .param(Timestamp.from(clock.instant().minus(Duration.ofDays(1)))).update();
    }

    /** Every key still published, oldest first, without private material. */
    List<KeyView> list() {
        Instant now = clock.instant();
        String signing = signingKey().getKeyID();
        return current(now).keys().stream().sorted(Comparator.comparing(Stored::activatesAt))
                .map(key -> new KeyView(key.key().getKeyID(), key.createdAt(), key.activatesAt(), key.retiresAt(),
                        key.key().getKeyID().equals(signing) ? "SIGNING"
                                : key.activatesAt().isAfter(now) ? "NEXT" : "RETIRING"))
                .toList();
    }

    private Rotation rotateLocked(Instant now) {
        RSAKey next = fresh();
        Instant activatesAt = now.plus(properties.signingKeys().activationDelay());
        Instant retiresAt = activatesAt.plus(retirement);
        int retiring = jdbc.sql("update signing_key set retires_at = ? where retires_at is null")
                .param(Timestamp.from(retiresAt)).update();
        insert(next, now, activatesAt);
        return new Rotation(next.getKeyID(), activatesAt, retiring, retiresAt);
    }

    private void insert(RSAKey key, Instant now, Instant activatesAt) {
        jdbc.sql("insert into signing_key (kid, private_key, public_key, created_at, activates_at) values (?, ?, ?, ?, ?)")
                .params(key.getKeyID(), key.toJSONString(), key.toPublicJWK().toJSONString(), Timestamp.from(now),
                        Timestamp.from(activatesAt))
                .update();
    }

    private void lockRotations() {
        jdbc.sql("select pg_advisory_xact_lock(?)").param(ROTATION_LOCK).query((rs, row) -> 1).single();
    }

    private Loaded current(Instant now) {
        Loaded known = loaded;
        if (known == null || !now.isBefore(known.at().plus(REREAD)) || now.isBefore(known.at())) {
            known = Loaded.of(now, jdbc.sql("""
                    select private_key, created_at, activates_at, retires_at from signing_key
                    where retires_at is null or retires_at > ?""")
                    .param(Timestamp.from(now))
                    .query((rs, row) -> new Stored(parse(rs.getString("private_key")),
                            rs.getTimestamp("created_at").toInstant(), rs.getTimestamp("activates_at").toInstant(),
                            Optional.ofNullable(rs.getTimestamp("retires_at")).map(Timestamp::toInstant).orElse(null)))
                    .list());
            loaded = known;
        }
        return known;
    }

    private static RSAKey parse(String json) {
        try {
            return RSAKey.parse(json);
        } catch (ParseException e) {
            throw new IllegalStateException("a stored token signing key cannot be read", e);
        }
    }

    private static RSAKey fresh() {
        try {
            return new RSAKeyGenerator(2048).keyID(UUID.randomUUID().toString()).generate();
        } catch (JOSEException e) {
            throw new IllegalStateException("cannot make a token signing key", e);
        }
    }

    private record Stored(RSAKey key, Instant createdAt, Instant activatesAt, Instant retiresAt) {
    }

    /** The keys as read at {@code at}, with the key sets made of them once, not on every token. */
    private record Loaded(Instant at, List<Stored> keys, JWKSet publicKeys, JWKSet privateKeys) {

        static Loaded of(Instant at, List<Stored> keys) {
            return new Loaded(at, keys, new JWKSet(keys.stream().map(key -> (JWK) key.key().toPublicJWK()).toList()),
                    new JWKSet(keys.stream().map(key -> (JWK) key.key()).toList()));
        }
    }

    /**
     * @param keyId       the new key
     * @param activatesAt when it starts to sign
     * @param retiring    how many keys it replaces
     * @param retiresAt   when those leave the JWKS
     */
    record Rotation(String keyId, Instant activatesAt, int retiring, Instant retiresAt) {
    }

    /** A published key: {@code SIGNING}, {@code NEXT} (published, not signing yet) or {@code RETIRING}. */
    record KeyView(String keyId, Instant createdAt, Instant activatesAt, Instant retiresAt, String status) {
    }
}
