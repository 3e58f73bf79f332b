package org.onestop.portal.notification;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.onestop.contracts.Topics;
import org.onestop.platform.messaging.OutboxWriter;
import org.onestop.platform.problem.NotFoundException;
import org.onestop.platform.web.PageRequest;
import org.onestop.platform.web.PageResponse;
import org.onestop.portal.notification.domain.Delivery;
import org.onestop.portal.notification.domain.Notification;
import org.onestop.portal.notification.domain.Notification.Notice;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * A person's notifications inbox. Other features put notices in it inside their own transaction,
 * so a notice exists if and only if what it tells of happened; each is also published as
 * {@code NotificationCreated} on {@code portal.notification.v1}, and its messages on the channels the person chose
 * are queued with it ({@link Deliveries}).
 */
@Service
public class Notifications {

    private final NotificationRepository notifications;
    private final Deliveries deliveries;
    private final OutboxWriter outbox;
    private final Clock clock;

    Notifications(NotificationRepository notifications, Deliveries deliveries, OutboxWriter outbox, Clock clock) {
        this.notifications = notifications;
        this.deliveries = deliveries;
        this.outbox = outbox;
        this.clock = clock;
    }

    /** Puts the notice in its person's inbox and publishes it; joins the caller's transaction. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void send(Notice notice) {
        Notification notification = Notification.of(notice, UUID.randomUUID(), clock.instant());
        notifications.insert(notification);
        outbox.append(Topics.NOTIFICATION, notification.createdEvent());
        deliveries.queue(notification);
    }

    /** A page of the person's inbox, each notification with its messages' receipts. */
    PageResponse<Received> mine(String accountId, boolean unreadOnly, PageRequest page) {
        List<Notification> found = notifications.pageOf(accountId, unreadOnly, page);
        Map<UUID, List<Delivery>> sent = deliveries.of(found.stream().map(Notification::id).toList());
        return PageResponse.of(found.stream().map(n -> new Received(n, sent.getOrDefault(n.id(), List.of()))).toList(),
                page, notifications.countOf(accountId, unreadOnly));
    }

    long unreadCount(String accountId) {
        return notifications.countOf(accountId, true);
    }

    Notification markRead(UUID id, String accountId) {
        return notifications.markRead(id, accountId, clock.instant())
                .orElseThrow(() -> new NotFoundException("No notification " + id));
    }

    int markAllRead(String accountId) {
        return notifications.markAllRead(accountId, clock.instant());
    }

    /** A notification in the inbox, with what became of its messages on other channels. */
    record Received(Notification notification, List<Delivery> deliveries) {
    }
}
