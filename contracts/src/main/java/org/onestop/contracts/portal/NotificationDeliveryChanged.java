package org.onestop.contracts.portal;

import java.time.Instant;

/**
 * A notification's message on one channel moved on: sent, delivered, failed for now (and tried again) or for good.
 * Names the person by account id only, never the address.
 *
 * @param deliveryChannel EMAIL (consumers show a channel they do not know as it is)
 * @param status   SENT, DELIVERED, TEMPORARY_FAILURE or PERMANENT_FAILURE
 * @param attempts how many times it has been tried
 * @param reason   why it failed (the channel's answer, no address), null when it did not
 * @param regionCode     region of the department the notification is about
 * @param departmentCode the department the notification is about
 */
public record NotificationDeliveryChanged(
        String deliveryId,
        String notificationId,
        String accountId,
        String deliveryChannel,
        String status,
        int attempts,
        String reason,
        String regionCode,
        String departmentCode,
        Instant at) implements NotificationEvent {

    public static final String TYPE = "portal.notification.delivery-changed.v1";

    @Override
    public String eventType() {
        return TYPE;
    }

    @Override
    public String aggregateId() {
        return notificationId;
    }

    @Override
    public String subject() {
        return deliveryId;
    }

    /** Made by the platform, as every notification is. */
    @Override
    public String channel() {
        return "system";
    }
}
