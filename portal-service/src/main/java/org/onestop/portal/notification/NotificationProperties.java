package org.onestop.portal.notification;

import java.time.Duration;
import java.time.ZoneId;
import org.onestop.portal.notification.domain.Delivery.RetryPolicy;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code onestop.portal.notifications}: how notifications leave the platform (the SMTP relay itself is Spring's
 * {@code spring.mail.*}; without {@code spring.mail.host} no email is queued and the inbox is the only record).
 *
 * @param zone         the zone of people's quiet hours
 * @param siteUrl      the website's address, for the links in messages
 * @param emailFrom    the sender of every email
 * @param dispatchInterval how long a dispatcher waits between two rounds
 * @param batch        messages one dispatcher round claims
 * @param lease        how long a claimed message is left to its dispatcher before another may try it
 * @param maxAttempts  attempts in all before a temporary failure becomes permanent
 * @param firstRetry   the wait after the first temporary failure, doubled after each next one
 * @param longestRetry the longest wait between two attempts
 */
@ConfigurationProperties("onestop.portal.notifications")
record NotificationProperties(
        @DefaultValue("Asia/Shanghai") ZoneId zone,
        @DefaultValue("http://localhost:8080") String siteUrl,
        @DefaultValue("OneStop <noreply@onestop.local>") String emailFrom,
        @DefaultValue("1s") Duration dispatchInterval,
        @DefaultValue("50") int batch,
        @DefaultValue("2m") Duration lease,
        @DefaultValue("6") int maxAttempts,
        @DefaultValue("30s") Duration firstRetry,
        @DefaultValue("1h") Duration longestRetry) {

    RetryPolicy retries() {
        return new RetryPolicy(maxAttempts, firstRetry, longestRetry);
    }
}
