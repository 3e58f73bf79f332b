package org.onestop.portal.notification;

import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

/** The provider {@link SmsProperties} names, with its keys; none when texts are not configured. */
final class SmsProviders {

    private SmsProviders() {
    }

    static Optional<SmsProvider> of(SmsProperties settings, Clock clock) {
        if (settings.provider() == SmsProperties.Provider.NONE) {
            return Optional.empty();
        }
        if (settings.keyId().isBlank() || settings.keySecret().isBlank() || settings.signName().isBlank()) {
            throw new IllegalStateException("onestop.portal.notifications.sms: provider " + settings.provider()
                    + " needs key-id, key-secret and sign-name (ONESTOP_PORTAL_NOTIFICATIONS_SMS_KEY_ID, ..._KEY_SECRET,"
                    + " ..._SIGN_NAME)");
        }
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        return Optional.of(switch (settings.provider()) {
            case ALIYUN -> new AliyunSms(settings, http, clock);
            case TENCENT -> {
                if (settings.appId().isBlank()) {
                    throw new IllegalStateException(
                            "onestop.portal.notifications.sms: Tencent Cloud needs app-id (the SmsSdkAppId)");
                }
                yield new TencentSms(settings, http, clock);
            }
            case NONE -> throw new IllegalStateException("no provider");
        });
    }
}
