package org.onestop.datasharing.webhook;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Posts the deliveries that are due. Every replica runs it; deliveries are claimed with {@code for update skip
 * locked} and a lease, so each is tried by one dispatcher at a time.
 */
@Component
class WebhookDispatcher {

    private final Webhooks webhooks;

    WebhookDispatcher(Webhooks webhooks) {
        this.webhooks = webhooks;
    }

    @Scheduled(fixedDelayString = "${onestop.data-sharing.webhooks.dispatch-interval:1s}")
    void postWhatIsDue() {
        while (webhooks.dispatchBatch() > 0) {
            // the next batch, until nothing is due
        }
    }
}
