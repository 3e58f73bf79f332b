package org.onestop.portal.booking;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * The day before a booked slot, puts a reminder in the booker's inbox. Every replica runs it; the
 * bookings are claimed with {@code for update skip locked} and marked in the same transaction as
 * the notification, so each booking is reminded once.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class BookingReminders {

    private static final Logger log = LoggerFactory.getLogger(BookingReminders.class);
    static final int BATCH = 100;

    private final Bookings bookings;

    BookingReminders(Bookings bookings) {
        this.bookings = bookings;
    }

    @Scheduled(fixedDelayString = "${onestop.portal.booking-reminder-interval:1m}")
    void remindTomorrowsBookings() {
        int reminded;
        int total = 0;
        do {
            reminded = bookings.remindBatch(BATCH);
            total += reminded;
        } while (reminded == BATCH);
        if (total > 0) {
            log.info("Reminded {} bookings of tomorrow", total);
        }
    }
}
