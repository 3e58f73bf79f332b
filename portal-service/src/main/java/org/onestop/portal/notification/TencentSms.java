package org.onestop.portal.notification;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.onestop.portal.notification.domain.DeliveryOutcome;
import tools.jackson.databind.JsonNode;

/**
 * Tencent Cloud SMS (短信, API 3.0, version 2021-01-11): {@code SendSms} to send one text under the platform's
 * signature, {@code PullSmsSendStatus} for the receipts, each a JSON POST signed with TC3-HMAC-SHA256
 * ({@link TencentSignature}).
 */
final class TencentSms extends HttpSmsProvider {

    static final URI PUBLIC_ENDPOINT = URI.create("https://sms.tencentcloudapi.com/");
    static final String VERSION = "2021-01-11";
    static final String SERVICE = "sms";
    /**
     * Codes that say "not now": throttling, and (with any InternalError, RequestLimitExceeded and AuthFailure code)
     * the provider's trouble or the platform's keys or clock refused, the operator's to fix. Any other code but Ok
     * is for good (a wrong number, a template not approved, no balance, a daily limit of the number).
     */
    private static final Set<String> TRY_LATER = Set.of("LimitExceeded.PhoneNumberThirtySecondLimit",
            "LimitExceeded.PhoneNumberOneHourLimit", "LimitExceeded.DeliveryFrequencyLimit",
            "FailedOperation.MarketingSendTimeConstraint");

    TencentSms(SmsProperties settings, HttpClient http, Clock clock) {
        super(settings, http, clock, PUBLIC_ENDPOINT);
    }

    @Override
    public DeliveryOutcome send(Text text) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("PhoneNumberSet", List.of("+86" + text.phone()));
        body.put("SmsSdkAppId", settings.appId());
        body.put("SignName", settings.signName());
        body.put("TemplateId", text.template());
        body.put("TemplateParamSet", List.copyOf(text.parameters().values()));
        body.put("SessionContext", text.reference());
        JsonNode answer;
        try {
            answer = call("SendSms", body).path("Response");
        } catch (IOException e) {
            return new DeliveryOutcome.TryLater("Tencent Cloud SMS cannot be reached");
        }
        String code = answer.path("Error").path("Code").asString("");
        if (code.isEmpty()) {
            JsonNode status = answer.path("SendStatusSet").path(0);
            code = status.path("Code").asString("");
            if ("Ok".equals(code)) {
                return new DeliveryOutcome.Accepted(status.path("SerialNo").asString(null));
            }
        }
        String reason = "Tencent Cloud SMS answered " + (code.isEmpty() ? "without a code" : code);
        return TRY_LATER.contains(code) || code.isEmpty() || code.startsWith("InternalError")
                || code.startsWith("RequestLimitExceeded") || code.startsWith("AuthFailure")
                ? new DeliveryOutcome.TryLater(reason) : new DeliveryOutcome.Refused(reason);
    }

    /**
     * Pulls the receipts the provider holds (at most 100 a call). The pull is a queue: a receipt comes once, so every
     * one is returned, whichever texts were asked about.
     */
    @Override
    public List<Receipt> receipts(List<Sent> sent) {
        List<Receipt> receipts = new ArrayList<>();
        try {
            JsonNode answer = call("PullSmsSendStatus", Map.of("SmsSdkAppId", settings.appId(), "Limit", 100))
                    .path("Response");
            for (JsonNode status : answer.path("PullSmsSendStatusSet")) {
                String serial = status.path("SerialNo").asString("");
                String report = status.path("ReportStatus").asString("");
                if (!serial.isEmpty() && ("SUCCESS".equals(report) || "FAIL".equals(report))) {
                    receipts.add(new Receipt(serial, "SUCCESS".equals(report), status.path("Description").asString(report)));
                }
            }
        } catch (IOException e) {
            // asked for again next time
        }
        return receipts;
    }

    private JsonNode call(String action, Object body) throws IOException {
        String payload = JSON.writeValueAsString(body);
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        String host = endpoint.getPort() < 0 ? endpoint.getHost() : endpoint.getHost() + ":" + endpoint.getPort();
        HttpRequest request = HttpRequest.newBuilder(endpoint)
                .timeout(Duration.ofSeconds(10))
                .header("Authorization", TencentSignature.authorization(settings.keyId(), settings.keySecret(), now,
                        SERVICE, host, action, payload))
                .header("Content-Type", TencentSignature.CONTENT_TYPE)
                .header("X-TC-Action", action)
                .header("X-TC-Timestamp", String.valueOf(now.getEpochSecond()))
                .header("X-TC-Version", VERSION)
                .header("X-TC-Region", settings.region().isBlank() ? "ap-guangzhou" : settings.region())
                .POST(HttpRequest.BodyPublishers.ofString(payload))
                .build();
        return answerTo(request);
    }
}
