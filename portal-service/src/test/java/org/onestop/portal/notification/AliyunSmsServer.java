package org.onestop.portal.notification;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Alibaba Cloud SMS on loopback, checking each request as the API reference gives it: a form POST with every common
 * parameter, signature method HMAC-SHA1 version 1.0, a timestamp within 31 minutes, an unused nonce and a
 * signature that matches the AccessKey secret ({@code SignatureDoesNotMatch} otherwise). SendSms answers by number:
 * 13800000002 is {@code isv.MOBILE_NUMBER_ILLEGAL}, 13800000003 {@code isv.BUSINESS_LIMIT_CONTROL}, any other is
 * {@code OK} with a BizId; QuerySendDetails reports each BizId delivered ({@code SendStatus} 3), or failed (2) for
 * 13800000004.
 */
final class AliyunSmsServer implements AutoCloseable {

    static final String KEY_ID = "LTAI5tTestKeyId";
    static final String KEY_SECRET = "testSecret+/=";
    private static final Set<String> COMMON = Set.of("AccessKeyId", "Action", "Format", "RegionId", "SignatureMethod",
            "SignatureNonce", "SignatureVersion", "Timestamp", "Version", "Signature");

    private final HttpServer server;
    private final List<Map<String, String>> sent = new CopyOnWriteArrayList<>();
    private final Set<String> nonces = ConcurrentHashMap.newKeySet();
    private final AtomicInteger bizIds = new AtomicInteger();
    private final Map<String, String> phoneOfBizId = new ConcurrentHashMap<>();

    AliyunSmsServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::answer);
        server.start();
    }

    String endpoint() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/";
    }

    /** The SendSms requests that passed every check, as their parameters. */
    List<Map<String, String>> sent() {
        return sent;
    }

    private void answer(HttpExchange exchange) throws IOException {
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        if (!"POST".equals(exchange.getRequestMethod())
                || !exchange.getRequestHeaders().getFirst("Content-Type").startsWith("application/x-www-form-urlencoded")) {
            reply(exchange, 400, "{\"Code\":\"InvalidParameter\",\"Message\":\"a form POST is expected\"}");
            return;
        }
        TreeMap<String, String> parameters = new TreeMap<>(AliyunSignature.parse(body));
        String problem = problemWith(parameters);
        if (problem != null) {
            reply(exchange, 400, "{\"Code\":\"" + problem + "\",\"Message\":\"refused\",\"RequestId\":\"r-1\"}");
            return;
        }
        switch (parameters.get("Action")) {
            case "SendSms" -> reply(exchange, 200, sendSms(parameters));
            case "QuerySendDetails" -> reply(exchange, 200, querySendDetails(parameters));
            default -> reply(exchange, 404, "{\"Code\":\"InvalidAction.NotFound\",\"Message\":\"?\"}");
        }
    }

    private String problemWith(TreeMap<String, String> parameters) {
        if (!parameters.keySet().containsAll(COMMON)) {
            return "MissingParameter";
        }
        if (!"HMAC-SHA1".equals(parameters.get("SignatureMethod")) || !"1.0".equals(parameters.get("SignatureVersion"))
                || !"2017-05-25".equals(parameters.get("Version")) || !"JSON".equals(parameters.get("Format"))) {
            return "InvalidParameter";
        }
        if (!KEY_ID.equals(parameters.get("AccessKeyId"))) {
            return "InvalidAccessKeyId.NotFound";
        }
        Instant timestamp = Instant.parse(parameters.get("Timestamp"));
        if (Duration.between(timestamp, Instant.now()).abs().toMinutes() > 31) {
            return "InvalidTimeStamp.Expired";
        }
        if (!nonces.add(parameters.get("SignatureNonce"))) {
            return "SignatureNonceUsed";
        }
        String signature = parameters.remove("Signature");
        if (!AliyunSignature.sign("POST", parameters, KEY_SECRET).equals(signature)) {
            return "SignatureDoesNotMatch";
        }
        return null;
    }

    private String sendSms(Map<String, String> parameters) {
        for (String needed : List.of("PhoneNumbers", "SignName", "TemplateCode")) {
            if (!parameters.containsKey(needed)) {
                return "{\"Code\":\"MissingParameter\",\"Message\":\"" + needed + "\"}";
            }
        }
        String phone = parameters.get("PhoneNumbers");
        return switch (phone) {
            case "13800000002" -> "{\"Code\":\"isv.MOBILE_NUMBER_ILLEGAL\",\"Message\":\"非法手机号\",\"RequestId\":\"r-2\"}";
            case "13800000003" -> "{\"Code\":\"isv.BUSINESS_LIMIT_CONTROL\",\"Message\":\"业务限流\",\"RequestId\":\"r-3\"}";
            default -> {
                sent.add(Map.copyOf(parameters));
                String bizId = "90" + bizIds.incrementAndGet() + "^0";
                phoneOfBizId.put(bizId, phone);
                yield "{\"Code\":\"OK\",\"Message\":\"OK\",\"BizId\":\"" + bizId + "\",\"RequestId\":\"r-4\"}";
            }
        };
    }

    private String querySendDetails(Map<String, String> parameters) {
        String bizId = parameters.get("BizId");
        String phone = phoneOfBizId.get(bizId);
        if (phone == null || !phone.equals(parameters.get("PhoneNumber")) || !parameters.containsKey("SendDate")) {
            return "{\"Code\":\"OK\",\"TotalCount\":0,\"SmsSendDetailDTOs\":{\"SmsSendDetailDTO\":[]}}";
        }
        boolean failed = "13800000004".equals(phone);
        return "{\"Code\":\"OK\",\"TotalCount\":1,\"SmsSendDetailDTOs\":{\"SmsSendDetailDTO\":[{\"PhoneNum\":\"" + phone
                + "\",\"SendStatus\":" + (failed ? 2 : 3) + ",\"ErrCode\":\"" + (failed ? "MK:0001" : "DELIVERED")
                + "\",\"TemplateCode\":\"SMS_1\",\"Content\":\"...\"}]}}";
    }

    private static void reply(HttpExchange exchange, int status, String json) throws IOException {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json;charset=utf-8");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
