package org.onestop.contracts.portal;

import java.time.Instant;

/**
 * A notification was put in a person's inbox; an SMS or WeChat adapter may deliver it too. The
 * person is named by account id only; the text names no identity number.
 *
 * @param kind           STATUS_CHANGED, CORRECTION_REQUESTED, BOOKING_MADE, BOOKING_CANCELLED, BOOKING_REMINDER,
 *                       REPLY, EVALUATION_FOLLOW_UP, CERTIFICATE_ISSUED, CERTIFICATE_REVOKED, and for staff NEW_CASE,
 *                       EARLY_WARNING, OVERDUE, BAD_REVIEW
 *                       (consumers show a kind they do not know as it is)
 * @param reference      what it is about: an application's tracking number, a booking id
 * @param regionCode     region of the department the notification is about
 * @param departmentCode the department the notification is about
 */
public record NotificationCreated(
        String notificationId,
        String accountId,
        String kind,
        String title,
        String text,
        String reference,
        String regionCode,
        String departmentCode,
        String channel,
        Instant createdAt) implements NotificationEvent {

    public static final String TYPE = "portal.notification.created.v1";

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
        return reference;
    }
}
