package org.onestop.portal.notification;

import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.type.AnnotatedTypeMetadata;

/** The provider {@link SmsProperties} names, with its keys, as a bean; none when texts are not configured. */
@Configuration(proxyBeanMethods = false)
class SmsProviders {

    /**
     * A provider checks a request's timestamp against its own clock (31 minutes for Alibaba Cloud, 5 for Tencent
     * Cloud): requests are signed at the wall clock's time, whatever clock deadlines are measured by.
     */
    @Bean
    @Conditional(Configured.class)
    SmsProvider smsProvider(SmsProperties settings) {
        return of(settings, Clock.systemUTC());
    }

    /** The named provider (never NONE: {@link Configured} decides whether there is one), its settings checked. */
    static SmsProvider of(SmsProperties settings, Clock clock) {
        if (settings.keyId().isBlank() || settings.keySecret().isBlank() || settings.signName().isBlank()) {
            throw new IllegalStateException("onestop.portal.notifications.sms: provider " + settings.provider()
                    + " needs key-id, key-secret and sign-name (ONESTOP_PORTAL_NOTIFICATIONS_SMS_KEY_ID, ..._KEY_SECRET,"
                    + " ..._SIGN_NAME)");
        }
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        return switch (settings.provider()) {
            case ALIYUN -> new AliyunSms(settings, http, clock);
            case TENCENT -> {
                if (settings.appId().isBlank()) {
                    throw new IllegalStateException(
                            "onestop.portal.notifications.sms: Tencent Cloud needs app-id (the SmsSdkAppId)");
                }
                yield new TencentSms(settings, http, clock);
            }
            case NONE -> throw new IllegalStateException("no provider");
        };
    }

    /** A provider other than NONE is named (bound as the properties are, so in any case). */
    static final class Configured implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return Binder.get(context.getEnvironment())
                    .bind("onestop.portal.notifications.sms.provider", SmsProperties.Provider.class)
                    .map(provider -> provider != SmsProperties.Provider.NONE).orElse(false);
        }
    }
}
