package org.onestop.contracts.portal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;

/** The booker cancelled a booking before its slot started; the place is free again. */
public record BookingCancelled(
        String bookingId,
        String itemCode,
        String hall,
        LocalDate day,
        LocalTime start,
        String accountId,
        String regionCode,
        String departmentCode,
        String channel,
        Instant cancelledAt) implements BookingEvent {

    public static final String TYPE = "portal.booking.cancelled.v1";

    @Override
    public String eventType() {
        return TYPE;
    }
}
