package org.onestop.portal.notification;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import org.onestop.portal.notification.domain.DeliveryOutcome;
import tools.jackson.databind.JsonNode;

/**
 * Alibaba Cloud SMS (短信服务, dysmsapi, API version 2017-05-25) over its RPC API: {@code SendSms} to send one text
 * under the platform's signature, {@code QuerySendDetails} for its receipt, each request signed with signature
 * version 1.0 ({@link AliyunSignature}) and posted as a form.
 */
final class AliyunSms extends HttpSmsProvider {

    static final URI PUBLIC_ENDPOINT = URI.create("https://dysmsapi.aliyuncs.com/");
    static final String VERSION = "2017-05-25";
    private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss'Z'")
            .withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter SEND_DATE = DateTimeFormatter.ofPattern("yyyyMMdd")
            .withZone(ZoneId.of("Asia/Shanghai"));
    /**
     * Codes that say "not now": throttling, the provider's own trouble, and the platform's keys refused (the
     * operator's to fix; the text is sent once they are). Any other code but OK is for good.
     */
    private static final Set<String> TRY_LATER = Set.of("isv.BUSINESS_LIMIT_CONTROL", "isv.DAY_LIMIT_CONTROL",
            "isv.MONTH_LIMIT_CONTROL", "isp.SYSTEM_ERROR", "isp.GATEWAY_ERROR", "Throttling", "Throttling.User",
            "ServiceUnavailable", "InternalError", "SignatureNonceUsed", "SignatureDoesNotMatch",
            "InvalidAccessKeyId.NotFound", "InvalidAccessKeyId.Inactive", "InvalidTimeStamp.Expired");

    AliyunSms(SmsProperties settings, HttpClient http, Clock clock) {
        super(settings, http, clock, PUBLIC_ENDPOINT);
    }

    @Override
    public DeliveryOutcome send(Text text) {
        TreeMap<String, String> parameters = common("SendSms");
        parameters.put("PhoneNumbers", text.phone());
        parameters.put("SignName", settings.signName());
        parameters.put("TemplateCode", text.template());
        parameters.put("TemplateParam", JSON.writeValueAsString(text.parameters()));
        parameters.put("OutId", text.reference());
        JsonNode answer;
        try {
            answer = call(parameters);
        } catch (IOException e) {
            return new DeliveryOutcome.TryLater("Alibaba Cloud SMS cannot be reached");
        }
        String code = answer.path("Code").asString("");
        if ("OK".equals(code)) {
            return new DeliveryOutcome.Accepted(answer.path("BizId").asString(null));
        }
        String reason = "Alibaba Cloud SMS answered " + (code.isEmpty() ? "without a code" : code);
        return TRY_LATER.contains(code) || code.isEmpty() ? new DeliveryOutcome.TryLater(reason)
                : new DeliveryOutcome.Refused(reason);
    }

    /** Asks {@code QuerySendDetails} once per text (by number, BizId and the day it was sent, China time). */
    @Override
    public List<Receipt> receipts(List<Sent> sent) {
        List<Receipt> receipts = new ArrayList<>();
        for (Sent text : sent) {
            TreeMap<String, String> parameters = common("QuerySendDetails");
            parameters.put("PhoneNumber", text.phone());
            parameters.put("BizId", text.providerMessageId());
            parameters.put("SendDate", SEND_DATE.format(text.sentAt()));
            parameters.put("PageSize", "10");
            parameters.put("CurrentPage", "1");
            try {
                JsonNode answer = call(parameters);
                for (JsonNode detail : answer.path("SmsSendDetailDTOs").path("SmsSendDetailDTO")) {
                    int status = detail.path("SendStatus").asInt();
                    if (status == 3 || status == 2) {
                        receipts.add(new Receipt(text.providerMessageId(), status == 3, detail.path("ErrCode").asString("")));
                    }
                }
            } catch (IOException e) {
                return receipts; // the rest are asked for again next time
            }
        }
        return receipts;
    }

    private TreeMap<String, String> common(String action) {
        TreeMap<String, String> parameters = new TreeMap<>();
        parameters.put("AccessKeyId", settings.keyId());
        parameters.put("Action", action);
        parameters.put("Format", "JSON");
        parameters.put("RegionId", settings.region().isBlank() ? "cn-hangzhou" : settings.region());
        parameters.put("SignatureMethod", "HMAC-SHA1");
        parameters.put("SignatureNonce", UUID.randomUUID().toString());
        parameters.put("SignatureVersion", "1.0");
        parameters.put("Timestamp", TIMESTAMP.format(clock.instant().truncatedTo(ChronoUnit.SECONDS)));
        parameters.put("Version", VERSION);
        return parameters;
    }

    private JsonNode call(TreeMap<String, String> parameters) throws IOException {
        HttpRequest request = HttpRequest.newBuilder(endpoint)
                .timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/x-www-form-urlencoded; charset=utf-8")
                .POST(HttpRequest.BodyPublishers.ofString(
                        AliyunSignature.signedQuery("POST", parameters, settings.keySecret())))
                .build();
        return answerTo(request);
    }
}
