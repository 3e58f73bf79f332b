package org.onestop.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.sun.net.httpserver.HttpServer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The notifications issue's "done when" for departments: a department's own system, an HTTP endpoint here that
 * checks every call's HMAC signature with the secret it was given, subscribes through the gateway to a resource its
 * department was granted, and is called with each record published to it, granted fields only.
 */
@ExtendWith(JourneyPlatform.class)
class DepartmentWebhookIT {

    private static final String DATA_SHARING = "/api/data-sharing/v1";

    @Test
    void aDepartmentsSystemReceivesTheSharedRecordsItSubscribedToSignedAndGrantedFieldsOnly() throws Exception {
        Gateway gateway = new Gateway(JourneyPlatform.PORTS.gateway());
        String run = UUID.randomUUID().toString().substring(0, 8);
        String resource = "webhook-check-" + run;
        String owner = gateway.signIn("clerk");
        String taxUser = "taxsystem" + run;
        assertThat(gateway.post("/api/portal/v1/staff-accounts", gateway.signIn("admin"), Map.of("username", taxUser,
                "displayName", "税务核验系统", "password", "webhook-check-" + run, "departmentCode", "330100-TAX",
                "regionCode", "330100", "roles", List.of("STAFF"))).status()).isEqualTo(201);
        String tax = gateway.post("/api/portal/v1/auth/token", null, Map.of("username", taxUser,
                "password", "webhook-check-" + run)).text("accessToken");

        assertThat(gateway.post(DATA_SHARING + "/resources", owner, Map.of("code", resource, "name", "营业执照信息",
                "description", "企业营业执照登记信息", "sharingType", "CONDITIONAL", "updateFrequency", "realtime",
                "fields", List.of(Map.of("code", "creditCode", "name", "统一社会信用代码", "type", "string", "sensitive", false),
                        Map.of("code", "name", "name", "企业名称", "type", "string", "sensitive", false),
                        Map.of("code", "representativeId", "name", "法定代表人身份证号", "type", "string",
                                "sensitive", true)))).status()).isEqualTo(201);
        String grant = gateway.post(DATA_SHARING + "/resources/" + resource + "/grants", tax, Map.of("purpose", "税务登记核验",
                "fields", List.of("creditCode", "name"), "validUntil", "2099-12-31T00:00:00Z")).text("id");
        assertThat(gateway.post(DATA_SHARING + "/grants/" + grant + "/approve", owner, Map.of("reason", "同意")).status())
                .isEqualTo(200);

        List<String> received = new CopyOnWriteArrayList<>();
        String[] secret = {""};
        HttpServer receiver = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        receiver.createContext("/onestop", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            String timestamp = exchange.getRequestHeaders().getFirst("X-OneStop-Timestamp");
            String signature = exchange.getRequestHeaders().getFirst("X-OneStop-Signature");
            boolean signed = timestamp != null && signature != null && MessageDigest.isEqual(
                    hmac(secret[0], timestamp + "." + body).getBytes(StandardCharsets.UTF_8),
                    signature.getBytes(StandardCharsets.UTF_8));
            if (signed) {
                received.add(body);
            }
            exchange.sendResponseHeaders(signed ? 204 : 401, -1);
            exchange.close();
        });
        receiver.start();
        try {
            var subscribed = gateway.post(DATA_SHARING + "/webhooks", tax, Map.of("url",
                    "http://127.0.0.1:" + receiver.getAddress().getPort() + "/onestop", "resources", List.of(resource)));
            assertThat(subscribed.status()).as(subscribed.body()).isEqualTo(201);
            secret[0] = subscribed.json().path("secret").asString();

            assertThat(gateway.post(DATA_SHARING + "/resources/" + resource + "/records", owner, Map.of("key",
                    "91330100MA2HOOK001", "data", Map.of("creditCode", "91330100MA2HOOK001", "name", "杭州示例科技有限公司",
                            "representativeId", "330106199001011234"))).status()).isEqualTo(201);

            await().atMost(Duration.ofSeconds(30)).until(() -> received.size() == 1);
            assertThat(received.get(0)).contains("\"id\":\"" + resource + "-", "91330100MA2HOOK001", "杭州示例科技有限公司")
                    .doesNotContain("representativeId").doesNotContain("330106199001011234");
            String subscription = subscribed.json().path("subscription").path("id").asString();
            await().atMost(Duration.ofSeconds(30)).until(() -> gateway.get(DATA_SHARING + "/webhooks/" + subscription
                    + "/deliveries?status=DELIVERED", tax).json().path("totalElements").asInt() == 1);
        } finally {
            receiver.stop(0);
        }
    }

    private static String hmac(String secret, String text) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return "sha256=" + HexFormat.of().formatHex(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
