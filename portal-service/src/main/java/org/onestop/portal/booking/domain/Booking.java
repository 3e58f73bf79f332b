package org.onestop.portal.booking.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Map;
import java.util.UUID;
import org.onestop.contracts.portal.BookingCancelled;
import org.onestop.contracts.portal.BookingMade;
import org.onestop.platform.rules.StateConflict;

/** A person's booking (预约) of one slot of a hall where an item is handled. */
public record Booking(
        UUID id,
        String accountId,
        String accountName,
        String itemCode,
        String itemName,
        String hall,
        LocalDate day,
        LocalTime start,
        LocalTime end,
        String regionCode,
        String departmentCode,
        String trackingNumber,
        String channel,
        BookingStatus status,
        Instant bookedAt,
        Instant cancelledAt) {

    /** A new active booking of the slot. */
    public static Booking of(UUID id, String accountId, String accountName, String itemCode, String itemName,
                             HallSchedule.Slot slot, String regionCode, String departmentCode, String trackingNumber,
                             String channel, Instant at) {
        return new Booking(id, accountId, accountName, itemCode, itemName, slot.hall(), slot.day(), slot.start(),
                slot.end(), regionCode, departmentCode, trackingNumber, channel, BookingStatus.ACTIVE, at, null);
    }

    /** Only an active booking whose slot has not begun can be cancelled (409 otherwise). */
    public void checkCancellable(LocalDateTime now) {
        if (status != BookingStatus.ACTIVE) {
            throw new StateConflict("The booking is already cancelled", Map.of("bookingStatus", status.name()));
        }
        if (!day.atTime(start).isAfter(now)) {
            throw new StateConflict("The slot has begun; a booking can only be cancelled before its slot starts");
        }
    }

    public BookingMade madeEvent() {
        return new BookingMade(id.toString(), itemCode, hall, day, start, end, accountId, trackingNumber, regionCode,
                departmentCode, channel, bookedAt);
    }

    public BookingCancelled cancelledEvent(String cancelChannel, Instant at) {
        return new BookingCancelled(id.toString(), itemCode, hall, day, start, accountId, regionCode, departmentCode,
                cancelChannel, at);
    }
}
