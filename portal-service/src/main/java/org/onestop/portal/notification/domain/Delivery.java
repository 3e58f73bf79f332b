package org.onestop.portal.notification.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.UUID;
import org.onestop.contracts.portal.NotificationDeliveryChanged;

/**
 * One notification's message on one channel (an email to the person's address), from queued to its end. Each move
 * checks {@link DeliveryStatus#next()} and returns the changed delivery with the event that tells of it.
 *
 * @param notBefore         when it may be sent next: now, the end of the person's quiet hours, or after a back-off
 * @param providerMessageId the channel's id of the message once sent, to match its receipt
 * @param contentHash       what the message says (kind, title, text), hashed, to count identical ones to one address
 */
public record Delivery(
        UUID id,
        UUID notificationId,
        String accountId,
        String regionCode,
        String departmentCode,
        DeliveryChannel channel,
        String address,
        DeliveryStatus status,
        int attempts,
        Instant notBefore,
        String lastError,
        String providerMessageId,
        String contentHash,
        Instant createdAt,
        Instant updatedAt) {

    /** A message queued for the notification, due at {@code notBefore}. */
    public static Delivery queue(Notification notification, DeliveryChannel channel, String address, Instant notBefore,
                                 Instant now) {
        return new Delivery(UUID.randomUUID(), notification.id(), notification.accountId(), notification.regionCode(),
                notification.departmentCode(), channel, address, DeliveryStatus.QUEUED, 0, notBefore, null, null,
                hashOf(notification), now, now);
    }

    /** Applies what the channel answered to one more attempt, under the retry policy. */
    public Moved attempted(DeliveryOutcome outcome, RetryPolicy retries, Instant now) {
        int attempt = attempts + 1;
        if (outcome instanceof DeliveryOutcome.Accepted accepted) {
            return move(DeliveryStatus.SENT, attempt, notBefore, null, accepted.providerMessageId(), now);
        }
        if (outcome instanceof DeliveryOutcome.Refused refused) {
            return move(DeliveryStatus.PERMANENT_FAILURE, attempt, notBefore, refused.reason(), providerMessageId, now);
        }
        String reason = ((DeliveryOutcome.TryLater) outcome).reason();
        return attempt >= retries.maxAttempts()
                ? move(DeliveryStatus.PERMANENT_FAILURE, attempt, notBefore,
                        reason + " (gave up after " + attempt + " attempts)", providerMessageId, now)
                : move(DeliveryStatus.TEMPORARY_FAILURE, attempt, now.plus(retries.after(attempt)), reason,
                        providerMessageId, now);
    }

    /** The channel's receipt for a sent message: it reached the phone, or it never will (with the reason). */
    public Moved receipt(boolean delivered, String reason, Instant now) {
        return delivered ? move(DeliveryStatus.DELIVERED, attempts, notBefore, null, providerMessageId, now)
                : move(DeliveryStatus.PERMANENT_FAILURE, attempts, notBefore, reason, providerMessageId, now);
    }

    /**
     * Not sent now, without an attempt: the address has had its share for the hour (or the person's quiet hours),
     * so it waits until {@code until}, still pending.
     */
    public Delivery heldUntil(Instant until, Instant now) {
        if (!status.pending()) {
            throw new IllegalStateException("A " + status + " delivery is not waiting to be sent");
        }
        return new Delivery(id, notificationId, accountId, regionCode, departmentCode, channel, address, status,
                attempts, until, lastError, providerMessageId, contentHash, createdAt, now);
    }

    private Moved move(DeliveryStatus to, int attempt, Instant due, String error, String messageId, Instant now) {
        if (!status.next().contains(to)) {
            throw new IllegalStateException("A " + status + " delivery cannot become " + to);
        }
        Delivery moved = new Delivery(id, notificationId, accountId, regionCode, departmentCode, channel, address, to,
                attempt, due, error, messageId, contentHash, createdAt, now);
        return new Moved(moved, new NotificationDeliveryChanged(id.toString(), notificationId.toString(), accountId,
                channel.name(), to.name(), attempt, error, regionCode, departmentCode, now));
    }

    private static String hashOf(Notification notification) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest((notification.kind() + "\n" + notification.title()
                    + "\n" + notification.text()).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    /** The delivery as it is now, and the event that says so. */
    public record Moved(Delivery delivery, NotificationDeliveryChanged event) {
    }

    /**
     * How often a temporary failure is tried again: up to {@code maxAttempts} attempts in all, waiting
     * {@code firstWait} after the first and twice as long after each next one, never more than {@code longestWait}.
     */
    public record RetryPolicy(int maxAttempts, Duration firstWait, Duration longestWait) {

        public RetryPolicy {
            if (maxAttempts < 1 || firstWait.isNegative() || longestWait.compareTo(firstWait) < 0) {
                throw new IllegalArgumentException("A retry policy needs at least one attempt and growing waits");
            }
        }

        /** The wait after the given (1-based) failed attempt. */
        public Duration after(int attempt) {
            Duration wait = firstWait;
            for (int i = 1; i < attempt && wait.compareTo(longestWait) < 0; i++) {
                wait = wait.multipliedBy(2);
            }
            return wait.compareTo(longestWait) > 0 ? longestWait : wait;
        }
    }
}
