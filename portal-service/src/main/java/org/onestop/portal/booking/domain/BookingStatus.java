package org.onestop.portal.booking.domain;

/** A booking holds a place until it is cancelled; a cancelled booking frees it. */
public enum BookingStatus {
    ACTIVE,
    CANCELLED
}
