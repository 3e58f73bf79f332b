package org.onestop.contracts.portal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;

/**
 * A citizen or enterprise booked a time slot of a hall where an item is handled.
 *
 * @param hall              the hall's name, as in the item's service guide
 * @param day               the slot's day (China Standard Time)
 * @param start             the slot's start, local time of the hall
 * @param end               the slot's end
 * @param trackingNumber    the booker's own application the visit is for, if they named one
 */
public record BookingMade(
        String bookingId,
        String itemCode,
        String hall,
        LocalDate day,
        LocalTime start,
        LocalTime end,
        String accountId,
        String trackingNumber,
        String regionCode,
        String departmentCode,
        String channel,
        Instant bookedAt) implements BookingEvent {

    public static final String TYPE = "portal.booking.made.v1";

    @Override
    public String eventType() {
        return TYPE;
    }
}
