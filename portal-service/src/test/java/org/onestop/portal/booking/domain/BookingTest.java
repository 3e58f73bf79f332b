package org.onestop.portal.booking.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.onestop.platform.rules.StateConflict;
import org.onestop.portal.booking.domain.HallSchedule.Slot;

class BookingTest {

    private static final LocalDate DAY = LocalDate.of(2026, 12, 1);
    private final Booking booking = Booking.of(UUID.randomUUID(), "acc-1", "张三", "C1", "食品经营许可", new Slot("大厅", DAY,
            LocalTime.of(9, 0), LocalTime.of(9, 30), 5), "330100", "330100-AMR", null, "wechat", Instant.now());

    @Test
    void anActiveBookingCanBeCancelledUntilItsSlotStarts() {
        assertThatCode(() -> booking.checkCancellable(DAY.atTime(8, 59))).doesNotThrowAnyException();
        assertThatThrownBy(() -> booking.checkCancellable(DAY.atTime(9, 0))).isInstanceOf(StateConflict.class);
    }

    @Test
    void aCancelledBookingCannotBeCancelledAgain() {
        var cancelled = new Booking(booking.id(), "acc-1", "张三", "C1", "n", "大厅", DAY, LocalTime.of(9, 0),
                LocalTime.of(9, 30), "330100", "d", null, "web", BookingStatus.CANCELLED, Instant.now(), Instant.now());

        assertThatThrownBy(() -> cancelled.checkCancellable(DAY.atTime(8, 0))).isInstanceOf(StateConflict.class);
    }

    @Test
    void itsEventsNameTheAccountOnlyAndTheChannel() {
        var made = booking.madeEvent();

        assertThat(made.accountId()).isEqualTo("acc-1");
        assertThat(made.channel()).isEqualTo("wechat");
        assertThat(made.toString()).doesNotContain("张三");
        assertThat(booking.cancelledEvent("app", Instant.now()).channel()).isEqualTo("app");
    }
}
