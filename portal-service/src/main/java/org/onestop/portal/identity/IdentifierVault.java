package org.onestop.portal.identity;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Keeps identity numbers unreadable at rest: AES-GCM encryption (a fresh 12-byte nonce per
 * value, stored in front of the ciphertext) for the rare reader with a need to know, and an
 * HMAC-SHA256 under a separate key as the lookup value that finds a person without decrypting.
 */
@Component
class IdentifierVault {

    private static final Logger log = LoggerFactory.getLogger(IdentifierVault.class);
    /** The development keys of application.yml decode to text starting with this. */
    private static final byte[] DEVELOPMENT_MARK = "DEVELOPMENT-ONLY".getBytes(StandardCharsets.US_ASCII);
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final SecretKeySpec encryptionKey;
    private final SecretKeySpec lookupKey;
    private final SecureRandom random = new SecureRandom();

    IdentifierVault(IdentityProperties properties) {
        byte[] aes = decode("onestop.identity.encryption-key", properties.encryptionKey());
        if (aes.length != 16 && aes.length != 24 && aes.length != 32) {
            throw new IllegalStateException("onestop.identity.encryption-key must be 16, 24 or 32 bytes, base64");
        }
        byte[] hmac = decode("onestop.identity.lookup-key", properties.lookupKey());
        if (hmac.length < 32) {
            throw new IllegalStateException("onestop.identity.lookup-key must be at least 32 bytes, base64");
        }
        if (startsWith(aes, DEVELOPMENT_MARK) || startsWith(hmac, DEVELOPMENT_MARK)) {
            log.warn("Identity numbers are protected with the DEVELOPMENT keys of application.yml; set "
                    + "ONESTOP_IDENTITY_ENCRYPTION_KEY and ONESTOP_IDENTITY_LOOKUP_KEY in production (docs/operations.md)");
        }
        this.encryptionKey = new SecretKeySpec(aes, "AES");
        this.lookupKey = new SecretKeySpec(hmac, "HmacSHA256");
    }

    byte[] encrypt(String value) {
        try {
            byte[] nonce = new byte[NONCE_BYTES];
            random.nextBytes(nonce);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, encryptionKey, new GCMParameterSpec(TAG_BITS, nonce));
            byte[] sealed = cipher.doFinal(value.getBytes(StandardCharsets.UTF_8));
            return ByteBuffer.allocate(nonce.length + sealed.length).put(nonce).put(sealed).array();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot encrypt", e);
        }
    }

    String decrypt(byte[] stored) {
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, encryptionKey, new GCMParameterSpec(TAG_BITS, stored, 0, NONCE_BYTES));
            return new String(cipher.doFinal(stored, NONCE_BYTES, stored.length - NONCE_BYTES), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot decrypt an identity number (was the encryption key changed?)", e);
        }
    }

    /** The keyed hash an identity number is looked up by (hex). */
    String lookupHash(String value) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(lookupKey);
            return HexFormat.of().formatHex(mac.doFinal(value.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot hash", e);
        }
    }

    private static boolean startsWith(byte[] key, byte[] prefix) {
        return key.length >= prefix.length && java.util.Arrays.equals(key, 0, prefix.length, prefix, 0, prefix.length);
    }

    private static byte[] decode(String property, String value) {
        if (value == null || value.isBlank()) {
            throw new IllegalStateException(property + " is not set");
        }
        try {
            return Base64.getDecoder().decode(value.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(property + " is not valid base64", e);
        }
    }
}
