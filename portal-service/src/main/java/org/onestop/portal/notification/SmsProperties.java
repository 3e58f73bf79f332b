package org.onestop.portal.notification;

import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.onestop.portal.notification.domain.NotificationKind;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code onestop.portal.notifications.sms}: the text-message provider and its keys (from the environment only:
 * {@code ONESTOP_PORTAL_NOTIFICATIONS_SMS_KEY_ID}, {@code ..._KEY_SECRET}), the templates it approved per
 * notification kind, and the limits per number.
 *
 * @param provider             NONE (no texts are queued), ALIYUN (Alibaba Cloud SMS) or TENCENT (Tencent Cloud SMS)
 * @param endpoint             the provider's API address; empty: its public one
 * @param keyId                AccessKeyId (Alibaba Cloud) or SecretId (Tencent Cloud)
 * @param keySecret            AccessKeySecret or SecretKey
 * @param appId                Tencent Cloud's SmsSdkAppId (unused by Alibaba Cloud)
 * @param region               the region the API is called in (cn-hangzhou, ap-guangzhou)
 * @param signName             the approved signature (签名) texts go out under
 * @param templates            the approved template code per notification kind, in Chinese; a kind without one is
 *                             not texted. Each template has one parameter, the reference (a tracking number, ...)
 * @param englishTemplates     the same for people who chose English (falls back to the Chinese one)
 * @param hourlyLimit          texts to one number in an hour, beyond which the next waits
 * @param identicalHourlyLimit identical texts to one number in an hour (GOV.UK Notify's limits are 100 and 20)
 * @param limitWait            how long a text over a limit waits before it is tried again (no attempt is counted)
 * @param receiptInterval      how often the provider is asked for the receipts of sent texts
 * @param receiptWindow        how long after sending a receipt is still asked for
 */
@ConfigurationProperties("onestop.portal.notifications.sms")
record SmsProperties(
        @DefaultValue("NONE") Provider provider,
        @DefaultValue("") String endpoint,
        @DefaultValue("") String keyId,
        @DefaultValue("") String keySecret,
        @DefaultValue("") String appId,
        @DefaultValue("") String region,
        @DefaultValue("") String signName,
        Map<String, String> templates,
        Map<String, String> englishTemplates,
        @DefaultValue("100") int hourlyLimit,
        @DefaultValue("20") int identicalHourlyLimit,
        @DefaultValue("15m") Duration limitWait,
        @DefaultValue("1m") Duration receiptInterval,
        @DefaultValue("3d") Duration receiptWindow) {

    SmsProperties {
        templates = templates == null ? Map.of() : Map.copyOf(templates);
        englishTemplates = englishTemplates == null ? Map.of() : Map.copyOf(englishTemplates);
        requireKnownKinds("templates", templates);
        requireKnownKinds("english-templates", englishTemplates);
    }

    /** A template for a kind that does not exist is a typo that would text nobody: refused at start-up. */
    private static void requireKnownKinds(String property, Map<String, String> templates) {
        Set<String> kinds = Arrays.stream(NotificationKind.values()).map(Enum::name).collect(Collectors.toSet());
        for (Map.Entry<String, String> template : templates.entrySet()) {
            if (!kinds.contains(template.getKey())) {
                throw new IllegalArgumentException("onestop.portal.notifications.sms." + property + " names "
                        + template.getKey() + ", which is no notification kind; the kinds are " + new TreeSet<>(kinds));
            }
            if (template.getValue() == null || template.getValue().isBlank()) {
                throw new IllegalArgumentException("onestop.portal.notifications.sms." + property + "."
                        + template.getKey() + " is empty: give the provider's template code, or leave the kind out");
            }
        }
    }

    enum Provider {
        NONE, ALIYUN, TENCENT
    }

    /** The template for a kind in a language, or null when the kind is not texted. */
    String templateFor(String kind, boolean english) {
        String chosen = english ? englishTemplates.get(kind) : null;
        return chosen != null ? chosen : templates.get(kind);
    }
}
