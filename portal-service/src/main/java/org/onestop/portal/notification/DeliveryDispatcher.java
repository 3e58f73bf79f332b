package org.onestop.portal.notification;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Sends the queued messages that are due, and asks the SMS provider for the receipts of sent texts. Every replica
 * runs it; messages are claimed with
 * {@code for update skip locked} and a lease, so each is tried by one dispatcher at a time.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class DeliveryDispatcher {

    private final Deliveries deliveries;

    DeliveryDispatcher(Deliveries deliveries) {
        this.deliveries = deliveries;
    }

    @Scheduled(fixedDelayString = "${onestop.portal.notifications.dispatch-interval:1s}")
    void sendWhatIsDue() {
        while (deliveries.dispatchBatch() > 0) {
            // the next batch, until nothing is due
        }
    }

    /** Texts have receipts (delivered to the phone, or failed there): the provider is asked for them. */
    @Scheduled(fixedDelayString = "${onestop.portal.notifications.sms.receipt-interval:1m}")
    void collectTextReceipts() {
        deliveries.collectReceipts(RECEIPT_BATCH);
    }

    static final int RECEIPT_BATCH = 100;
}
