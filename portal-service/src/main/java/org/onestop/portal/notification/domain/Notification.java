package org.onestop.portal.notification.domain;

import java.time.Instant;
import java.util.UUID;
import org.onestop.contracts.portal.NotificationCreated;

/** One entry of a person's notifications inbox; unread until {@code readAt} is set. */
public record Notification(
        UUID id,
        String accountId,
        NotificationKind kind,
        String title,
        String text,
        String reference,
        String regionCode,
        String departmentCode,
        Instant createdAt,
        Instant readAt) {

    /** Notifications are made by the platform, not through a channel of the person's. */
    public static final String CHANNEL = "system";

    /** A new, unread notification. */
    public static Notification of(Notice notice, UUID id, Instant at) {
        return new Notification(id, notice.accountId(), notice.kind(), notice.title(), notice.text(), notice.reference(),
                notice.regionCode(), notice.departmentCode(), at, null);
    }

    public boolean read() {
        return readAt != null;
    }

    public NotificationCreated createdEvent() {
        return new NotificationCreated(id.toString(), accountId, kind.name(), title, text, reference, regionCode,
                departmentCode, CHANNEL, createdAt);
    }

    /**
     * What to tell whom: the account, the kind, a short title and the text (no identity numbers),
     * what it is about (a tracking number, a booking id) and the department it concerns.
     */
    public record Notice(String accountId, NotificationKind kind, String title, String text, String reference,
                         String regionCode, String departmentCode) {
    }
}
