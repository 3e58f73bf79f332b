package org.onestop.datasharing.webhook.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class WebhookDeliveryTest {

    private static final Instant NOW = Instant.parse("2026-12-07T02:00:00Z");
    private static final Duration FIRST = Duration.ofSeconds(30);
    private static final Duration LONGEST = Duration.ofMinutes(1);

    private static WebhookDelivery pending() {
        return WebhookDelivery.pending(UUID.randomUUID(), "licence-1", "data-sharing.shared-record.published.v1", "{}", NOW);
    }

    @Test
    void aTwoHundredIsDeliveredAndAFailureWaitsLongerEachTimeUntilTheLastAttemptSetsItAside() {
        WebhookDelivery first = pending().attempted(false, "HTTP 503", 3, FIRST, LONGEST, NOW);
        assertThat(first.status()).isEqualTo(WebhookDelivery.Status.PENDING);
        assertThat(first.notBefore()).isEqualTo(NOW.plusSeconds(30));
        WebhookDelivery second = first.attempted(false, "unreachable", 3, FIRST, LONGEST, NOW);
        assertThat(second.notBefore()).isEqualTo(NOW.plusSeconds(60));
        WebhookDelivery third = second.attempted(false, "HTTP 500", 3, FIRST, LONGEST, NOW);
        assertThat(third.status()).isEqualTo(WebhookDelivery.Status.DEAD);
        assertThat(third.attempts()).isEqualTo(3);
        assertThat(third.lastResponse()).isEqualTo("HTTP 500");

        WebhookDelivery revived = third.revived(NOW.plusSeconds(600));
        assertThat(revived.status()).isEqualTo(WebhookDelivery.Status.PENDING);
        assertThat(revived.attempts()).isZero();
        WebhookDelivery delivered = revived.attempted(true, "HTTP 204", 3, FIRST, LONGEST, NOW.plusSeconds(601));
        assertThat(delivered.status()).isEqualTo(WebhookDelivery.Status.DELIVERED);
        assertThatThrownBy(() -> delivered.attempted(true, "HTTP 200", 3, FIRST, LONGEST, NOW))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> delivered.revived(NOW)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aSignatureVerifiesOnlyTheSameTimestampBodyAndSecret() {
        String signature = WebhookSignature.of("s3cret", 1765072800L, "{\"id\":\"licence-1\"}");

        assertThat(signature).startsWith("sha256=").hasSize(7 + 64);
        assertThat(WebhookSignature.verifies("s3cret", 1765072800L, "{\"id\":\"licence-1\"}", signature)).isTrue();
        assertThat(WebhookSignature.verifies("s3cret", 1765072801L, "{\"id\":\"licence-1\"}", signature)).isFalse();
        assertThat(WebhookSignature.verifies("s3cret", 1765072800L, "{\"id\":\"licence-2\"}", signature)).isFalse();
        assertThat(WebhookSignature.verifies("other", 1765072800L, "{\"id\":\"licence-1\"}", signature)).isFalse();
        assertThat(WebhookSignature.verifies("s3cret", 1765072800L, "{}", null)).isFalse();
    }
}
