package org.onestop.portal.notification;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.Map;
import java.util.SortedMap;
import java.util.stream.Collectors;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Alibaba Cloud's RPC signature, version 1.0 (HMAC-SHA1), as its API reference gives it: the parameters but
 * Signature, sorted by name, each name and value percent-encoded (RFC 3986: space as %20, * as %2A, ~ kept), joined
 * as a query; the string to sign is the HTTP method, "&", the encoded "/", "&" and the encoded query; the key is the
 * AccessKey secret followed by "&"; the signature is the HMAC's Base64.
 */
final class AliyunSignature {

    private AliyunSignature() {
    }

    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20").replace("*", "%2A")
                .replace("%7E", "~");
    }

    /** The sorted, encoded query of the parameters (Signature not among them). */
    static String canonicalQuery(SortedMap<String, String> parameters) {
        return parameters.entrySet().stream().map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"));
    }

    static String stringToSign(String method, SortedMap<String, String> parameters) {
        return method + "&" + encode("/") + "&" + encode(canonicalQuery(parameters));
    }

    static String sign(String method, SortedMap<String, String> parameters, String secret) {
        try {
            Mac mac = Mac.getInstance("HmacSHA1");
            mac.init(new SecretKeySpec((secret + "&").getBytes(StandardCharsets.UTF_8), "HmacSHA1"));
            return Base64.getEncoder().encodeToString(
                    mac.doFinal(stringToSign(method, parameters).getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA1 is part of every Java runtime", e);
        }
    }

    /** The parameters as a signed form body (or query). */
    static String signedQuery(String method, SortedMap<String, String> parameters, String secret) {
        return canonicalQuery(parameters) + "&Signature=" + encode(sign(method, parameters, secret));
    }

    static Map<String, String> parse(String query) {
        return java.util.Arrays.stream(query.split("&")).map(pair -> pair.split("=", 2))
                .collect(Collectors.toMap(pair -> decode(pair[0]), pair -> pair.length > 1 ? decode(pair[1]) : "",
                        (a, b) -> b, java.util.TreeMap::new));
    }

    private static String decode(String value) {
        return java.net.URLDecoder.decode(value, StandardCharsets.UTF_8);
    }
}
