package org.onestop.portal.notification.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.onestop.portal.notification.domain.Delivery.RetryPolicy;

class DeliveryTest {

    private static final Instant NOW = Instant.parse("2026-12-07T02:00:00Z");
    private static final RetryPolicy RETRIES = new RetryPolicy(3, Duration.ofSeconds(30), Duration.ofMinutes(1));
    private static final Notification CORRECTION = new Notification(UUID.randomUUID(), "acc-1",
            NotificationKind.CORRECTION_REQUESTED, "请补正材料", "缺健康证明", "330100-20261207-ABCDEFGHJK", "330100",
            "330100-AMR", NOW, null);

    private static Delivery queued() {
        return Delivery.queue(CORRECTION, DeliveryChannel.EMAIL, "zhang@example.com", NOW, NOW);
    }

    @Test
    void aMessageTheRelayTakesIsSentAndTheEventNamesNoAddress() {
        Delivery.Moved moved = queued().attempted(new DeliveryOutcome.Accepted(), RETRIES, NOW.plusSeconds(1));

        assertThat(moved.delivery().status()).isEqualTo(DeliveryStatus.SENT);
        assertThat(moved.delivery().attempts()).isEqualTo(1);
        assertThat(moved.event().status()).isEqualTo("SENT");
        assertThat(moved.event().deliveryChannel()).isEqualTo("EMAIL");
        assertThat(moved.event().departmentCode()).isEqualTo("330100-AMR");
        assertThat(moved.event().reason()).isNull();
        assertThat(moved.event().toString()).doesNotContain("zhang@example.com");
    }

    @Test
    void aTemporaryFailureWaitsLongerEachTimeAndBecomesPermanentAtTheLastAttempt() {
        Delivery.Moved first = queued().attempted(new DeliveryOutcome.TryLater("the SMTP relay answered 451"), RETRIES, NOW);
        assertThat(first.delivery().status()).isEqualTo(DeliveryStatus.TEMPORARY_FAILURE);
        assertThat(first.delivery().notBefore()).isEqualTo(NOW.plusSeconds(30));
        assertThat(first.event().reason()).isEqualTo("the SMTP relay answered 451");

        Delivery.Moved second = first.delivery().attempted(new DeliveryOutcome.TryLater("unreachable"), RETRIES, NOW);
        assertThat(second.delivery().notBefore()).isEqualTo(NOW.plusSeconds(60));
        assertThat(second.delivery().attempts()).isEqualTo(2);

        Delivery.Moved third = second.delivery().attempted(new DeliveryOutcome.TryLater("unreachable"), RETRIES, NOW);
        assertThat(third.delivery().status()).isEqualTo(DeliveryStatus.PERMANENT_FAILURE);
        assertThat(third.delivery().lastError()).isEqualTo("unreachable (gave up after 3 attempts)");
        assertThat(third.delivery().status().pending()).isFalse();
    }

    @Test
    void aRefusalIsPermanentAndEndsTheDelivery() {
        Delivery.Moved refused = queued().attempted(new DeliveryOutcome.Refused("the SMTP relay answered 550"), RETRIES, NOW);

        assertThat(refused.delivery().status()).isEqualTo(DeliveryStatus.PERMANENT_FAILURE);
        assertThat(refused.delivery().status().next()).isEmpty();
        assertThatThrownBy(() -> refused.delivery().attempted(new DeliveryOutcome.Accepted(), RETRIES, NOW))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("PERMANENT_FAILURE");
    }

    @Test
    void aSentTextsReceiptSaysDeliveredOrFailedAndOnlyOnce() {
        Delivery sent = queued().attempted(new DeliveryOutcome.Accepted("9001^0"), RETRIES, NOW).delivery();
        assertThat(sent.providerMessageId()).isEqualTo("9001^0");

        Delivery.Moved delivered = sent.receipt(true, null, NOW.plusSeconds(5));
        Delivery.Moved bounced = sent.receipt(false, "the provider reported MK:0001", NOW.plusSeconds(5));

        assertThat(delivered.delivery().status()).isEqualTo(DeliveryStatus.DELIVERED);
        assertThat(delivered.event().status()).isEqualTo("DELIVERED");
        assertThat(bounced.delivery().status()).isEqualTo(DeliveryStatus.PERMANENT_FAILURE);
        assertThat(bounced.delivery().lastError()).isEqualTo("the provider reported MK:0001");
        assertThatThrownBy(() -> delivered.delivery().receipt(true, null, NOW)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> queued().receipt(true, null, NOW)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aMessageHeldOverALimitStaysPendingWithoutAnAttempt() {
        Delivery held = queued().heldUntil(NOW.plusSeconds(900), NOW);

        assertThat(held.status()).isEqualTo(DeliveryStatus.QUEUED);
        assertThat(held.attempts()).isZero();
        assertThat(held.notBefore()).isEqualTo(NOW.plusSeconds(900));
        Delivery sent = held.attempted(new DeliveryOutcome.Accepted(), RETRIES, NOW).delivery();
        assertThatThrownBy(() -> sent.heldUntil(NOW, NOW)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void identicalMessagesHashAlikeAndDifferentOnesDoNot() {
        Notification other = new Notification(UUID.randomUUID(), "acc-2", NotificationKind.CORRECTION_REQUESTED,
                "请补正材料", "缺营业执照", "330100-20261207-ZZZZZZZZZZ", "330100", "330100-AMR", NOW, null);
        Notification same = new Notification(UUID.randomUUID(), "acc-1", CORRECTION.kind(), CORRECTION.title(),
                CORRECTION.text(), CORRECTION.reference(), "330100", "330100-AMR", NOW, null);

        assertThat(Delivery.queue(same, DeliveryChannel.SMS, "13812345678", NOW, NOW).contentHash())
                .isEqualTo(queued().contentHash()).hasSize(64);
        assertThat(Delivery.queue(other, DeliveryChannel.SMS, "13812345678", NOW, NOW).contentHash())
                .isNotEqualTo(queued().contentHash());
    }

    @Test
    void theWaitsGrowTwofoldUpToTheLongest() {
        RetryPolicy policy = new RetryPolicy(10, Duration.ofSeconds(30), Duration.ofMinutes(5));

        assertThat(policy.after(1)).isEqualTo(Duration.ofSeconds(30));
        assertThat(policy.after(2)).isEqualTo(Duration.ofSeconds(60));
        assertThat(policy.after(4)).isEqualTo(Duration.ofSeconds(240));
        assertThat(policy.after(5)).isEqualTo(Duration.ofMinutes(5));
        assertThat(policy.after(9)).isEqualTo(Duration.ofMinutes(5));
        assertThatThrownBy(() -> new RetryPolicy(0, Duration.ofSeconds(1), Duration.ofSeconds(1)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
