package org.onestop.portal.notification;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.onestop.contracts.Topics;
import org.onestop.platform.messaging.OutboxWriter;
import org.onestop.portal.notification.DeliveryRepository.Claimed;
import org.onestop.portal.notification.domain.Delivery;
import org.onestop.portal.notification.domain.DeliveryChannel;
import org.onestop.portal.notification.domain.DeliveryOutcome;
import org.onestop.portal.notification.domain.Notification;
import org.onestop.portal.notification.domain.NotificationPreferences;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Takes notifications out of the platform. A notification's messages are queued in the transaction that puts it in
 * the inbox (one per channel the person chose; none twice, since a notification is made once per event); a
 * dispatcher round claims the due ones, sends each and records what its channel answered, with an event.
 */
@Service
class Deliveries {

    private static final Logger log = LoggerFactory.getLogger(Deliveries.class);

    private final DeliveryRepository deliveries;
    private final PreferenceRepository preferences;
    private final OutboxWriter outbox;
    private final TransactionTemplate transaction;
    private final NotificationProperties settings;
    private final Optional<EmailChannel> email;
    private final Clock clock;

    Deliveries(DeliveryRepository deliveries, PreferenceRepository preferences, OutboxWriter outbox,
               TransactionTemplate transaction, NotificationProperties settings, ObjectProvider<JavaMailSender> mail,
               Clock clock) {
        this.deliveries = deliveries;
        this.preferences = preferences;
        this.outbox = outbox;
        this.transaction = transaction;
        this.settings = settings;
        this.email = Optional.ofNullable(mail.getIfAvailable()).map(sender -> new EmailChannel(sender, settings.emailFrom()));
        this.clock = clock;
        if (email.isEmpty()) {
            log.info("No SMTP relay is configured (spring.mail.host): notifications stay in the inbox");
        }
    }

    /** Whether email can be sent at all (an SMTP relay is configured). */
    boolean emailAvailable() {
        return email.isPresent();
    }

    /** Queues the notification's messages on the person's channels; joins the transaction that made it. */
    void queue(Notification notification) {
        NotificationPreferences wanted = preferences.of(notification.accountId());
        if (email.isPresent() && wanted.wantsEmail()) {
            Instant now = clock.instant();
            deliveries.insert(Delivery.queue(notification, DeliveryChannel.EMAIL, wanted.email(),
                    wanted.releaseAt(notification.kind(), now, settings.zone()), now));
        }
    }

    Map<UUID, List<Delivery>> of(List<UUID> notificationIds) {
        return deliveries.ofNotifications(notificationIds);
    }

    /** Sends what is due, one claimed batch; returns how many were tried. */
    int dispatchBatch() {
        Instant now = clock.instant();
        List<Claimed> due = deliveries.claimDue(now, now.plus(settings.lease()), settings.batch());
        for (Claimed claimed : due) {
            DeliveryOutcome outcome = send(claimed);
            Delivery.Moved moved = claimed.delivery().attempted(outcome, settings.retries(), clock.instant());
            transaction.executeWithoutResult(status -> {
                deliveries.update(moved.delivery());
                outbox.append(Topics.NOTIFICATION, moved.event());
            });
            if (!(outcome instanceof DeliveryOutcome.Accepted)) {
                log.warn("Notification delivery {} on {}: {} after attempt {} ({})", moved.delivery().id(),
                        moved.delivery().channel(), moved.delivery().status(), moved.delivery().attempts(),
                        moved.delivery().lastError());
            }
        }
        return due.size();
    }

    private DeliveryOutcome send(Claimed claimed) {
        var message = NotificationTemplates.render(claimed.kind(), claimed.language(), claimed.title(), claimed.text(),
                claimed.reference(), settings.siteUrl() + "/my/messages");
        return switch (claimed.delivery().channel()) {
            case EMAIL -> email.map(channel -> channel.send(claimed.delivery().address(), message))
                    .orElseGet(() -> new DeliveryOutcome.TryLater("no SMTP relay is configured"));
        };
    }
}
