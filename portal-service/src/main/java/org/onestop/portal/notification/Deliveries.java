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
import org.onestop.portal.notification.domain.DeliveryStatus;
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
    private final Optional<SmsProvider> sms;
    private final SmsProperties texts;
    private final Clock clock;

    Deliveries(DeliveryRepository deliveries, PreferenceRepository preferences, OutboxWriter outbox,
               TransactionTemplate transaction, NotificationProperties settings, ObjectProvider<JavaMailSender> mail,
               ObjectProvider<SmsProvider> sms, SmsProperties texts, Clock clock) {
        this.deliveries = deliveries;
        this.preferences = preferences;
        this.outbox = outbox;
        this.transaction = transaction;
        this.settings = settings;
        this.email = Optional.ofNullable(mail.getIfAvailable()).map(sender -> new EmailChannel(sender, settings.emailFrom()));
        this.sms = Optional.ofNullable(sms.getIfAvailable());
        this.texts = texts;
        this.clock = clock;
        if (email.isEmpty()) {
            log.info("No SMTP relay is configured (spring.mail.host): no notification is sent by email");
        }
        if (this.sms.isEmpty()) {
            log.info("No SMS provider is configured (onestop.portal.notifications.sms.provider): no notification is texted");
        }
    }

    /** Whether texts can be sent at all (a provider is configured). */
    boolean smsAvailable() {
        return sms.isPresent();
    }

    /** Whether email can be sent at all (an SMTP relay is configured). */
    boolean emailAvailable() {
        return email.isPresent();
    }

    /** Queues the notification's messages on the person's channels; joins the transaction that made it. */
    void queue(Notification notification) {
        NotificationPreferences wanted = preferences.of(notification.accountId());
        Instant now = clock.instant();
        Instant due = wanted.releaseAt(notification.kind(), now, settings.zone());
        if (email.isPresent() && wanted.wantsEmail()) {
            deliveries.insert(Delivery.queue(notification, DeliveryChannel.EMAIL, wanted.email(), due, now));
        }
        if (sms.isPresent() && wanted.wantsSms()
                && texts.templateFor(notification.kind().name(), english(wanted.language())) != null) {
            deliveries.insert(Delivery.queue(notification, DeliveryChannel.SMS, wanted.phone(), due, now));
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
            Optional<Instant> overLimit = overLimit(claimed.delivery(), now);
            if (overLimit.isPresent()) {
                deliveries.update(claimed.delivery().heldUntil(overLimit.get(), clock.instant()));
                log.warn("Notification delivery {} on {} waits: the number has had its texts for the hour",
                        claimed.delivery().id(), claimed.delivery().channel());
                continue;
            }
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

    /** For a text: when it may go, if the number has had its share of the hour (all texts, or identical ones). */
    private Optional<Instant> overLimit(Delivery delivery, Instant now) {
        if (delivery.channel() != DeliveryChannel.SMS) {
            return Optional.empty();
        }
        Instant hourAgo = now.minus(java.time.Duration.ofHours(1));
        boolean over = deliveries.sentTo(DeliveryChannel.SMS, delivery.address(), hourAgo, null) >= texts.hourlyLimit()
                || deliveries.sentTo(DeliveryChannel.SMS, delivery.address(), hourAgo, delivery.contentHash())
                        >= texts.identicalHourlyLimit();
        return over ? Optional.of(now.plus(texts.limitWait())) : Optional.empty();
    }

    private DeliveryOutcome send(Claimed claimed) {
        return switch (claimed.delivery().channel()) {
            case EMAIL -> email.map(channel -> mailOf(claimed).map(message -> channel.send(claimed.delivery().address(),
                            message)).orElseGet(() -> new DeliveryOutcome.Refused("the " + claimed.kind()
                            + " email template cannot be filled (a missing text or an unknown placeholder)")))
                    .orElseGet(() -> new DeliveryOutcome.TryLater("no SMTP relay is configured"));
            case SMS -> sms.map(provider -> textOf(claimed).map(provider::send)
                            .orElseGet(() -> new DeliveryOutcome.Refused("no SMS template for " + claimed.kind())))
                    .orElseGet(() -> new DeliveryOutcome.TryLater("no SMS provider is configured"));
        };
    }

    /**
     * The email's words, or none when its template cannot be filled (templates are checked by a test; one changed on
     * a running installation is a permanent failure of the message, not a dispatcher that fails every batch).
     */
    private Optional<NotificationTemplates.Message> mailOf(Claimed claimed) {
        try {
            return Optional.of(NotificationTemplates.render(claimed.kind(), claimed.language(), claimed.title(),
                    claimed.text(), claimed.reference(), settings.siteUrl() + "/my/messages"));
        } catch (IllegalStateException unfillable) {
            log.error("Notification delivery {}: {}", claimed.delivery().id(), unfillable.getMessage());
            return Optional.empty();
        }
    }

    private Optional<SmsProvider.Text> textOf(Claimed claimed) {
        String template = texts.templateFor(claimed.kind().name(), english(claimed.language()));
        return Optional.ofNullable(template).map(code -> new SmsProvider.Text(claimed.delivery().address(), code,
                Map.of("reference", claimed.reference() == null ? "" : claimed.reference()),
                claimed.delivery().id().toString()));
    }

    private static boolean english(java.util.Locale language) {
        return "en".equals(language.getLanguage());
    }

    /** Asks the provider for the receipts of sent texts, and records each; returns how many it had. */
    int collectReceipts(int batch) {
        if (sms.isEmpty()) {
            return 0;
        }
        Instant now = clock.instant();
        List<Delivery> sent = deliveries.awaitingReceipt(DeliveryChannel.SMS, now.minus(texts.receiptWindow()), batch);
        if (sent.isEmpty()) {
            return 0;
        }
        Map<String, Delivery> byId = new java.util.HashMap<>();
        sent.forEach(d -> byId.put(d.providerMessageId(), d));
        List<SmsProvider.Receipt> receipts = sms.get().receipts(sent.stream()
                .map(d -> new SmsProvider.Sent(d.address(), d.providerMessageId(), d.updatedAt())).toList());
        int recorded = 0;
        for (SmsProvider.Receipt receipt : receipts) {
            Delivery delivery = byId.get(receipt.providerMessageId());
            if (delivery == null) {
                // a provider whose receipts are a queue (Tencent Cloud's pull) hands over those of other texts too
                delivery = deliveries.sentByProviderId(DeliveryChannel.SMS, receipt.providerMessageId()).orElse(null);
            }
            if (delivery != null) {
                Delivery.Moved moved = delivery.receipt(receipt.delivered(),
                        receipt.delivered() ? null : "the provider reported " + receipt.reason(), clock.instant());
                transaction.executeWithoutResult(status -> {
                    if (deliveries.updateIfStill(moved.delivery(), DeliveryStatus.SENT)) {
                        outbox.append(Topics.NOTIFICATION, moved.event());
                    }
                });
                recorded++;
            }
        }
        return recorded;
    }
}
