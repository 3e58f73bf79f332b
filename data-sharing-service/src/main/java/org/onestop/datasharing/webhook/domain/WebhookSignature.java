package org.onestop.datasharing.webhook.domain;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * How a department's system knows a call is the platform's: {@code X-OneStop-Signature: sha256=<hex>}, the
 * HMAC-SHA256 under the subscription's secret of {@code <X-OneStop-Timestamp>.<body>} (the timestamp in epoch
 * seconds, so an old call replayed is refused by a receiver that checks it is recent).
 */
public final class WebhookSignature {

    public static final String PREFIX = "sha256=";

    private WebhookSignature() {
    }

    public static String of(String secret, long timestamp, String body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return PREFIX + HexFormat.of().formatHex(mac.doFinal((timestamp + "." + body).getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is part of every Java runtime", e);
        }
    }

    /** Compares in constant time. */
    public static boolean verifies(String secret, long timestamp, String body, String signature) {
        return signature != null && MessageDigest.isEqual(of(secret, timestamp, body).getBytes(StandardCharsets.UTF_8),
                signature.getBytes(StandardCharsets.UTF_8));
    }
}
