package org.onestop.portal.notification;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Tencent Cloud SMS on loopback, checking each request as API 3.0's documentation gives it: a JSON POST with
 * X-TC-Action, X-TC-Version 2021-01-11, X-TC-Region and an X-TC-Timestamp within 5 minutes, and an Authorization
 * of TC3-HMAC-SHA256 whose credential scope, signed headers and signature match the secret key
 * ({@code AuthFailure.SignatureFailure} otherwise). SendSms answers by number: +8613800000002 is
 * {@code InvalidParameterValue.IncorrectPhoneNumber}, +8613800000003
 * {@code LimitExceeded.PhoneNumberThirtySecondLimit}, any other {@code Ok} with a SerialNo; PullSmsSendStatus
 * hands over each serial's receipt once (a queue), SUCCESS, or FAIL for +8613800000004.
 */
final class TencentSmsServer implements AutoCloseable {

    static final String SECRET_ID = "AKIDtestSecretId";
    static final String SECRET_KEY = "testSecretKey";
    static final String APP_ID = "1400006666";
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Pattern AUTHORIZATION = Pattern.compile(
            "TC3-HMAC-SHA256 Credential=([^/]+)/(\\d{4}-\\d{2}-\\d{2})/sms/tc3_request, SignedHeaders=([^,]+), Signature=([0-9a-f]{64})");

    private final HttpServer server;
    private final List<JsonNode> sent = new CopyOnWriteArrayList<>();
    private final Map<String, String> phoneOfSerial = new ConcurrentHashMap<>();
    private final AtomicInteger serials = new AtomicInteger();

    TencentSmsServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::answer);
        server.start();
    }

    String endpoint() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/";
    }

    /** The SendSms bodies that passed every check. */
    List<JsonNode> sent() {
        return sent;
    }

    private void answer(HttpExchange exchange) throws IOException {
        String payload = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        var headers = exchange.getRequestHeaders();
        String action = headers.getFirst("X-TC-Action");
        String problem = problemWith(exchange.getRequestMethod(), headers.getFirst("Host"), action,
                headers.getFirst("Content-Type"), headers.getFirst("X-TC-Version"), headers.getFirst("X-TC-Region"),
                headers.getFirst("X-TC-Timestamp"), headers.getFirst("Authorization"), payload);
        if (problem != null) {
            reply(exchange, "{\"Response\":{\"Error\":{\"Code\":\"" + problem + "\",\"Message\":\"refused\"},"
                    + "\"RequestId\":\"r-1\"}}");
            return;
        }
        JsonNode body = JSON.readTree(payload);
        switch (action) {
            case "SendSms" -> reply(exchange, sendSms(body));
            case "PullSmsSendStatus" -> reply(exchange, pull());
            default -> reply(exchange, "{\"Response\":{\"Error\":{\"Code\":\"InvalidAction\",\"Message\":\"?\"}}}");
        }
    }

    private String problemWith(String method, String host, String action, String contentType, String version,
                               String region, String timestamp, String authorization, String payload) {
        if (!"POST".equals(method) || action == null || region == null || timestamp == null || authorization == null) {
            return "MissingParameter";
        }
        if (!TencentSignature.CONTENT_TYPE.equals(contentType) || !"2021-01-11".equals(version)) {
            return "InvalidParameter";
        }
        Instant at = Instant.ofEpochSecond(Long.parseLong(timestamp));
        if (Math.abs(at.getEpochSecond() - Instant.now().getEpochSecond()) > 300) {
            return "AuthFailure.SignatureExpire";
        }
        Matcher m = AUTHORIZATION.matcher(authorization);
        if (!m.matches()) {
            return "AuthFailure.InvalidAuthorization";
        }
        if (!SECRET_ID.equals(m.group(1))) {
            return "AuthFailure.SecretIdNotFound";
        }
        if (!m.group(2).equals(TencentSignature.credentialScope(at, "sms").substring(0, 10))
                || !TencentSignature.SIGNED_HEADERS.equals(m.group(3))) {
            return "AuthFailure.SignatureFailure";
        }
        String expected = TencentSignature.signature(SECRET_KEY, at, "sms",
                TencentSignature.stringToSign(at, "sms", TencentSignature.canonicalRequest(host, action, payload)));
        return expected.equals(m.group(4)) ? null : "AuthFailure.SignatureFailure";
    }

    private String sendSms(JsonNode body) {
        if (!APP_ID.equals(body.path("SmsSdkAppId").asString()) || body.path("SignName").asString().isEmpty()
                || body.path("TemplateId").asString().isEmpty() || body.path("PhoneNumberSet").size() != 1) {
            return "{\"Response\":{\"Error\":{\"Code\":\"InvalidParameterValue\",\"Message\":\"?\"},\"RequestId\":\"r-2\"}}";
        }
        String phone = body.path("PhoneNumberSet").path(0).asString();
        String code = switch (phone) {
            case "+8613800000002" -> "InvalidParameterValue.IncorrectPhoneNumber";
            case "+8613800000003" -> "LimitExceeded.PhoneNumberThirtySecondLimit";
            default -> "Ok";
        };
        String serial = "";
        if ("Ok".equals(code)) {
            sent.add(body);
            serial = "2433:" + serials.incrementAndGet();
            phoneOfSerial.put(serial, phone);
        }
        return "{\"Response\":{\"SendStatusSet\":[{\"SerialNo\":\"" + serial + "\",\"PhoneNumber\":\"" + phone
                + "\",\"Fee\":1,\"SessionContext\":\"\",\"Code\":\"" + code + "\",\"Message\":\"send success\","
                + "\"IsoCode\":\"CN\"}],\"RequestId\":\"r-3\"}}";
    }

    /** Like the provider's pull, a queue: each receipt is handed over once. */
    private synchronized String pull() {
        StringBuilder set = new StringBuilder();
        Map<String, String> pending = Map.copyOf(phoneOfSerial);
        phoneOfSerial.keySet().removeAll(pending.keySet());
        pending.forEach((serial, phone) -> {
            boolean failed = "+8613800000004".equals(phone);
            set.append(set.isEmpty() ? "" : ",").append("{\"UserReceiveTime\":\"2026-12-07 10:00:00\",\"CountryCode\":\"86\",")
                    .append("\"SubscriberNumber\":\"").append(phone.substring(3)).append("\",\"PhoneNumber\":\"")
                    .append(phone).append("\",\"SerialNo\":\"").append(serial).append("\",\"ReportStatus\":\"")
                    .append(failed ? "FAIL" : "SUCCESS").append("\",\"Description\":\"")
                    .append(failed ? "DELIVRD_FAIL" : "用户短信送达成功").append("\",\"SessionContext\":\"\"}");
        });
        return "{\"Response\":{\"PullSmsSendStatusSet\":[" + set + "],\"RequestId\":\"r-4\"}}";
    }

    private static void reply(HttpExchange exchange, String json) throws IOException {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(200, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
