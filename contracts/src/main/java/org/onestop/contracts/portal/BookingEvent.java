package org.onestop.contracts.portal;

import org.onestop.contracts.DomainEvent;

/**
 * Events of a booking (预约) of a hall's time slot on {@code portal.booking.v1}. The person is
 * named by account id only.
 */
public sealed interface BookingEvent extends DomainEvent permits BookingMade, BookingCancelled {

    String bookingId();

    String itemCode();

    @Override
    default String aggregateId() {
        return bookingId();
    }

    @Override
    default String subject() {
        return itemCode();
    }
}
