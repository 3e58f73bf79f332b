package org.onestop.portal.notification;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Tencent Cloud API 3.0's signature, TC3-HMAC-SHA256, as its documentation gives it, for a POST of a JSON body
 * signed over the content-type, host and x-tc-action headers.
 */
final class TencentSignature {

    static final String ALGORITHM = "TC3-HMAC-SHA256";
    static final String SIGNED_HEADERS = "content-type;host;x-tc-action";
    static final String CONTENT_TYPE = "application/json; charset=utf-8";
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd").withZone(ZoneOffset.UTC);

    private TencentSignature() {
    }

    static String canonicalRequest(String host, String action, String payload) {
        return "POST\n/\n\n"
                + "content-type:" + CONTENT_TYPE + "\n"
                + "host:" + host + "\n"
                + "x-tc-action:" + action.toLowerCase(java.util.Locale.ROOT) + "\n"
                + "\n" + SIGNED_HEADERS + "\n" + sha256Hex(payload);
    }

    static String credentialScope(Instant timestamp, String service) {
        return DAY.format(timestamp) + "/" + service + "/tc3_request";
    }

    static String stringToSign(Instant timestamp, String service, String canonicalRequest) {
        return ALGORITHM + "\n" + timestamp.getEpochSecond() + "\n" + credentialScope(timestamp, service) + "\n"
                + sha256Hex(canonicalRequest);
    }

    static String signature(String secretKey, Instant timestamp, String service, String stringToSign) {
        byte[] date = hmac(("TC3" + secretKey).getBytes(StandardCharsets.UTF_8), DAY.format(timestamp));
        byte[] signing = hmac(hmac(date, service), "tc3_request");
        return HexFormat.of().formatHex(hmac(signing, stringToSign));
    }

    /** The Authorization header of a request. */
    static String authorization(String secretId, String secretKey, Instant timestamp, String service, String host,
                                String action, String payload) {
        String signature = signature(secretKey, timestamp, service,
                stringToSign(timestamp, service, canonicalRequest(host, action, payload)));
        return ALGORITHM + " Credential=" + secretId + "/" + credentialScope(timestamp, service)
                + ", SignedHeaders=" + SIGNED_HEADERS + ", Signature=" + signature;
    }

    static String sha256Hex(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    private static byte[] hmac(byte[] key, String message) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(message.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is part of every Java runtime", e);
        }
    }
}
