package org.onestop.portal.notification;

import java.util.List;
import java.util.Map;
import org.onestop.portal.notification.domain.DeliveryOutcome;

/**
 * A text-message provider, spoken to through its published HTTP API: a message is a template the provider has
 * approved (by its code), with values for its parameters, sent to one mainland number under the platform's
 * signature (签名). Answers name no number and no text.
 */
interface SmsProvider {

    /** Sends one text; {@link DeliveryOutcome.Accepted} carries the provider's id of it, to ask for its receipt. */
    DeliveryOutcome send(Text text);

    /** The receipts the provider has for these sent texts (those it has none for yet are left out). */
    List<Receipt> receipts(List<Sent> sent);

    /**
     * One text to send.
     *
     * @param phone      11 digits, a mainland mobile number
     * @param template   the provider's template code
     * @param parameters the template's parameters in the template's order, by name
     * @param reference  the platform's id of the message (the delivery id), echoed in receipts where supported
     */
    record Text(String phone, String template, Map<String, String> parameters, String reference) {
    }

    /** A text the provider took, as the receipts are asked for. */
    record Sent(String phone, String providerMessageId, java.time.Instant sentAt) {
    }

    /** What became of a sent text at the phone: delivered, or failed for good with the provider's reason code. */
    record Receipt(String providerMessageId, boolean delivered, String reason) {
    }
}
