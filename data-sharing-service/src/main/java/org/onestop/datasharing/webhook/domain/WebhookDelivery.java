package org.onestop.datasharing.webhook.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/**
 * One event to one subscription's endpoint, from pending to delivered (a 2xx answer) or dead (no 2xx after the
 * last attempt: set aside, listed, and sent again only when someone asks). Each attempt returns the changed delivery.
 *
 * @param lastResponse what the endpoint answered last ("HTTP 503", "unreachable"), never its body
 */
public record WebhookDelivery(
        UUID id,
        UUID subscriptionId,
        String eventId,
        String eventType,
        String body,
        Status status,
        int attempts,
        Instant notBefore,
        String lastResponse,
        Instant createdAt,
        Instant updatedAt) {

    public enum Status {
        PENDING, DELIVERED, DEAD
    }

    public static WebhookDelivery pending(UUID subscriptionId, String eventId, String eventType, String body, Instant now) {
        return new WebhookDelivery(UUID.randomUUID(), subscriptionId, eventId, eventType, body, Status.PENDING, 0, now,
                null, now, now);
    }

    /** One attempt's answer: delivered on a 2xx, else tried again after a growing wait, or dead after the last. */
    public WebhookDelivery attempted(boolean delivered, String response, int maxAttempts, Duration firstWait,
                                     Duration longestWait, Instant now) {
        if (status != Status.PENDING) {
            throw new IllegalStateException("A " + status + " delivery is not being sent");
        }
        int attempt = attempts + 1;
        if (delivered) {
            return with(Status.DELIVERED, attempt, notBefore, response, now);
        }
        if (attempt >= maxAttempts) {
            return with(Status.DEAD, attempt, notBefore, response, now);
        }
        Duration wait = firstWait.multipliedBy(1L << Math.min(attempt - 1, 20));
        return with(Status.PENDING, attempt, now.plus(wait.compareTo(longestWait) > 0 ? longestWait : wait), response, now);
    }

    /** A dead delivery sent again on request, from its first attempt. */
    public WebhookDelivery revived(Instant now) {
        if (status != Status.DEAD) {
            throw new IllegalStateException("Only a dead delivery is sent again");
        }
        return new WebhookDelivery(id, subscriptionId, eventId, eventType, body, Status.PENDING, 0, now, lastResponse,
                createdAt, now);
    }

    private WebhookDelivery with(Status to, int attempt, Instant due, String response, Instant now) {
        return new WebhookDelivery(id, subscriptionId, eventId, eventType, body, to, attempt, due, response, createdAt, now);
    }
}
