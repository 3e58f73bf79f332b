package org.onestop.portal.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.onestop.portal.notification.domain.DeliveryOutcome;

/**
 * Each SMS adapter against its provider on loopback, which checks the request format and the signature as the
 * provider's documentation gives them: texts taken, refused for good, refused for now, keys refused, receipts.
 */
class SmsProvidersTest {

    private static final Clock CLOCK = Clock.systemUTC();

    private static SmsProperties settings(SmsProperties.Provider provider, String endpoint, String keyId,
                                          String keySecret, String appId) {
        return new SmsProperties(provider, endpoint, keyId, keySecret, appId, "", "政务服务", Map.of(), Map.of(), 100, 20,
                java.time.Duration.ofMinutes(15), java.time.Duration.ofMinutes(1), java.time.Duration.ofDays(3));
    }

    private static SmsProvider.Text text(String phone) {
        return new SmsProvider.Text(phone, "SMS_154950909", Map.of("reference", "330100-20261207-ABCDEFGHJK"),
                "0b4f9c3a-delivery");
    }

    @Test
    void alibabaCloudTakesASignedTextAndReportsItsReceipt() throws IOException {
        try (AliyunSmsServer provider = new AliyunSmsServer()) {
            SmsProvider sms = new AliyunSms(settings(SmsProperties.Provider.ALIYUN, provider.endpoint(),
                    AliyunSmsServer.KEY_ID, AliyunSmsServer.KEY_SECRET, ""), HttpClient.newHttpClient(), CLOCK);

            DeliveryOutcome sent = sms.send(text("13812345678"));

            assertThat(sent).isInstanceOf(DeliveryOutcome.Accepted.class);
            assertThat(provider.sent()).singleElement().satisfies(request -> {
                assertThat(request).containsEntry("PhoneNumbers", "13812345678").containsEntry("SignName", "政务服务")
                        .containsEntry("TemplateCode", "SMS_154950909").containsEntry("OutId", "0b4f9c3a-delivery")
                        .containsEntry("TemplateParam", "{\"reference\":\"330100-20261207-ABCDEFGHJK\"}");
            });
            String bizId = ((DeliveryOutcome.Accepted) sent).providerMessageId();
            assertThat(sms.receipts(List.of(new SmsProvider.Sent("13812345678", bizId, Instant.now()))))
                    .containsExactly(new SmsProvider.Receipt(bizId, true, "DELIVERED"));

            DeliveryOutcome toFailingPhone = sms.send(text("13800000004"));
            String failedId = ((DeliveryOutcome.Accepted) toFailingPhone).providerMessageId();
            assertThat(sms.receipts(List.of(new SmsProvider.Sent("13800000004", failedId, Instant.now()))))
                    .containsExactly(new SmsProvider.Receipt(failedId, false, "MK:0001"));
        }
    }

    @Test
    void alibabaCloudsRefusalsAreForGoodOrForNowByTheirCode() throws IOException {
        try (AliyunSmsServer provider = new AliyunSmsServer()) {
            SmsProvider sms = new AliyunSms(settings(SmsProperties.Provider.ALIYUN, provider.endpoint(),
                    AliyunSmsServer.KEY_ID, AliyunSmsServer.KEY_SECRET, ""), HttpClient.newHttpClient(), CLOCK);
            SmsProvider wrongKey = new AliyunSms(settings(SmsProperties.Provider.ALIYUN, provider.endpoint(),
                    AliyunSmsServer.KEY_ID, "not the secret", ""), HttpClient.newHttpClient(), CLOCK);

            assertThat(sms.send(text("13800000002")))
                    .isEqualTo(new DeliveryOutcome.Refused("Alibaba Cloud SMS answered isv.MOBILE_NUMBER_ILLEGAL"));
            assertThat(sms.send(text("13800000003")))
                    .isEqualTo(new DeliveryOutcome.TryLater("Alibaba Cloud SMS answered isv.BUSINESS_LIMIT_CONTROL"));
            assertThat(wrongKey.send(text("13812345678")))
                    .isEqualTo(new DeliveryOutcome.TryLater("Alibaba Cloud SMS answered SignatureDoesNotMatch"));
            assertThat(provider.sent()).isEmpty();
        }
    }

    @Test
    void tencentCloudTakesASignedTextAndReportsItsReceipt() throws IOException {
        try (TencentSmsServer provider = new TencentSmsServer()) {
            SmsProvider sms = new TencentSms(settings(SmsProperties.Provider.TENCENT, provider.endpoint(),
                    TencentSmsServer.SECRET_ID, TencentSmsServer.SECRET_KEY, TencentSmsServer.APP_ID),
                    HttpClient.newHttpClient(), CLOCK);

            DeliveryOutcome sent = sms.send(text("13812345678"));

            assertThat(sent).isInstanceOf(DeliveryOutcome.Accepted.class);
            assertThat(provider.sent()).singleElement().satisfies(body -> {
                assertThat(body.path("PhoneNumberSet").path(0).asString()).isEqualTo("+8613812345678");
                assertThat(body.path("TemplateId").asString()).isEqualTo("SMS_154950909");
                assertThat(body.path("TemplateParamSet").path(0).asString()).isEqualTo("330100-20261207-ABCDEFGHJK");
                assertThat(body.path("SignName").asString()).isEqualTo("政务服务");
                assertThat(body.path("SessionContext").asString()).isEqualTo("0b4f9c3a-delivery");
            });
            String serial = ((DeliveryOutcome.Accepted) sent).providerMessageId();
            DeliveryOutcome toFailingPhone = sms.send(text("13800000004"));
            String failed = ((DeliveryOutcome.Accepted) toFailingPhone).providerMessageId();

            assertThat(sms.receipts(List.of(new SmsProvider.Sent("13812345678", serial, Instant.now()),
                    new SmsProvider.Sent("13800000004", failed, Instant.now()))))
                    .containsExactlyInAnyOrder(new SmsProvider.Receipt(serial, true, "用户短信送达成功"),
                            new SmsProvider.Receipt(failed, false, "DELIVRD_FAIL"));
        }
    }

    @Test
    void tencentCloudsRefusalsAreForGoodOrForNowByTheirCode() throws IOException {
        try (TencentSmsServer provider = new TencentSmsServer()) {
            SmsProvider sms = new TencentSms(settings(SmsProperties.Provider.TENCENT, provider.endpoint(),
                    TencentSmsServer.SECRET_ID, TencentSmsServer.SECRET_KEY, TencentSmsServer.APP_ID),
                    HttpClient.newHttpClient(), CLOCK);
            SmsProvider wrongKey = new TencentSms(settings(SmsProperties.Provider.TENCENT, provider.endpoint(),
                    TencentSmsServer.SECRET_ID, "not the key", TencentSmsServer.APP_ID), HttpClient.newHttpClient(), CLOCK);

            assertThat(sms.send(text("13800000002"))).isEqualTo(
                    new DeliveryOutcome.Refused("Tencent Cloud SMS answered InvalidParameterValue.IncorrectPhoneNumber"));
            assertThat(sms.send(text("13800000003"))).isEqualTo(
                    new DeliveryOutcome.TryLater("Tencent Cloud SMS answered LimitExceeded.PhoneNumberThirtySecondLimit"));
            assertThat(wrongKey.send(text("13812345678")))
                    .isEqualTo(new DeliveryOutcome.TryLater("Tencent Cloud SMS answered AuthFailure.SignatureFailure"));
            assertThat(provider.sent()).isEmpty();
        }
    }

    @Test
    void aTemplateForAKindThatDoesNotExistOrWithoutACodeIsRefusedAtStartUp() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new SmsProperties(SmsProperties.Provider.ALIYUN, "",
                        "id", "secret", "", "", "政务服务", Map.of("CORRECTION_REQUSTED", "SMS_1"), Map.of(), 100, 20,
                        java.time.Duration.ofMinutes(15), java.time.Duration.ofMinutes(1), java.time.Duration.ofDays(3)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("CORRECTION_REQUSTED, which is no notification kind").hasMessageContaining("CORRECTION_REQUESTED");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new SmsProperties(SmsProperties.Provider.ALIYUN, "",
                        "id", "secret", "", "", "政务服务", Map.of(), Map.of("STATUS_CHANGED", " "), 100, 20,
                        java.time.Duration.ofMinutes(15), java.time.Duration.ofMinutes(1), java.time.Duration.ofDays(3)))
                .hasMessageContaining("english-templates.STATUS_CHANGED is empty");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> SmsProviders.of(settings(SmsProperties.Provider.TENCENT,
                        "", "id", "", ""), CLOCK)).hasMessageContaining("needs key-id, key-secret and sign-name");
    }

    @Test
    void aProviderNobodyAnswersIsTriedAgainLater() throws IOException {
        String closed;
        try (ServerSocket free = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closed = "http://127.0.0.1:" + free.getLocalPort() + "/";
        }
        SmsProvider aliyun = new AliyunSms(settings(SmsProperties.Provider.ALIYUN, closed, "id", "secret", ""),
                HttpClient.newHttpClient(), CLOCK);
        SmsProvider tencent = new TencentSms(settings(SmsProperties.Provider.TENCENT, closed, "id", "secret", "1400"),
                HttpClient.newHttpClient(), CLOCK);

        assertThat(aliyun.send(text("13812345678"))).isEqualTo(new DeliveryOutcome.TryLater("Alibaba Cloud SMS cannot be reached"));
        assertThat(tencent.send(text("13812345678"))).isEqualTo(new DeliveryOutcome.TryLater("Tencent Cloud SMS cannot be reached"));
        assertThat(aliyun.receipts(List.of(new SmsProvider.Sent("13812345678", "1^0", Instant.now())))).isEmpty();
    }
}
