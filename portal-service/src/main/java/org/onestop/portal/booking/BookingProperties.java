package org.onestop.portal.booking;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code onestop.bookings}: how many places one person may hold at once, so that nobody hoards a hall's slots.
 *
 * @param maxActivePerItem active bookings (not cancelled, not yet past) of one person for one item (one more: 409)
 * @param maxActivePerHall active bookings of one person at one hall, whatever the items (one more: 409)
 */
@ConfigurationProperties("onestop.bookings")
record BookingProperties(@DefaultValue("3") int maxActivePerItem, @DefaultValue("3") int maxActivePerHall) {
}
