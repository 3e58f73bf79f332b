package org.onestop.portal.notification.domain;

/** What a channel answered when asked to send one message. Reasons name no address and no message text. */
public sealed interface DeliveryOutcome {

    /**
     * Taken by the channel (an SMTP relay's 250, an SMS provider's OK): on its way.
     *
     * @param providerMessageId the channel's id of the message, to ask for its receipt by (null when it gives none)
     */
    record Accepted(String providerMessageId) implements DeliveryOutcome {

        public Accepted() {
            this(null);
        }
    }

    /** Not now (the relay unreachable, a 4xx answer): worth trying again later. */
    record TryLater(String reason) implements DeliveryOutcome {
    }

    /** Never (a 5xx answer, an address that does not exist): trying again cannot help. */
    record Refused(String reason) implements DeliveryOutcome {
    }
}
