package org.onestop.contracts.processing;

import org.onestop.contracts.DomainEvent;

/**
 * Events of a region's working-day calendar on {@code processing.calendar.v1}: processing owns the
 * calendar (national schedule {@code 000000} with each region's own periods over it), and other
 * services keep a read model of it instead of repeating its rules.
 */
public sealed interface CalendarEvent extends DomainEvent permits WorkingDaysPublished {
}
