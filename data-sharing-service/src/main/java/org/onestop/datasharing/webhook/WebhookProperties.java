package org.onestop.datasharing.webhook;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code onestop.data-sharing.webhooks}: how departments' endpoints are called.
 *
 * @param allowedPrivateHosts hosts on a private network that may still be called (a department's intranet system);
 *                            any other endpoint must resolve to public addresses only, at subscription and at every call
 * @param maxAttempts         attempts before a delivery is set aside (dead)
 * @param firstRetry          the wait after the first failed attempt, doubled after each next one
 * @param longestRetry        the longest wait between attempts
 * @param timeout             how long one call may take
 * @param dispatchInterval    how long a dispatcher waits between rounds
 * @param batch               deliveries one round claims
 * @param lease               how long a claimed delivery is left to its dispatcher
 * @param maxPerDepartment    active subscriptions one department may hold
 */
@ConfigurationProperties("onestop.data-sharing.webhooks")
record WebhookProperties(
        List<String> allowedPrivateHosts,
        @DefaultValue("8") int maxAttempts,
        @DefaultValue("30s") Duration firstRetry,
        @DefaultValue("1h") Duration longestRetry,
        @DefaultValue("10s") Duration timeout,
        @DefaultValue("1s") Duration dispatchInterval,
        @DefaultValue("50") int batch,
        @DefaultValue("2m") Duration lease,
        @DefaultValue("20") int maxPerDepartment) {

    WebhookProperties {
        allowedPrivateHosts = allowedPrivateHosts == null ? List.of() : List.copyOf(allowedPrivateHosts);
    }
}
