package org.onestop.portal.booking;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.onestop.contracts.Topics;
import org.onestop.platform.messaging.OutboxWriter;
import org.onestop.platform.problem.BadRequestException;
import org.onestop.platform.problem.ConflictException;
import org.onestop.platform.problem.NotFoundException;
import org.onestop.platform.security.CurrentUser;
import org.onestop.platform.web.PageRequest;
import org.onestop.platform.web.PageResponse;
import org.onestop.platform.web.RequestContext;
import org.onestop.portal.application.OwnApplications;
import org.onestop.portal.booking.domain.Booking;
import org.onestop.portal.booking.domain.HallSchedule.DayRange;
import org.onestop.portal.booking.domain.HallSchedule.Slot;
import org.onestop.portal.booking.domain.HallSchedule;
import org.onestop.portal.calendar.WorkingDays;
import org.onestop.portal.catalog.CatalogItem;
import org.onestop.portal.catalog.PublicCatalog;
import org.onestop.portal.notification.Notifications;
import org.onestop.portal.notification.domain.Notification.Notice;
import org.onestop.portal.notification.domain.NotificationKind;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Booking the time slots of the halls where an item is handled: the slots come from the bookable
 * windows of the item's published guide, the places are counted in PostgreSQL.
 */
@Service
class Bookings {

    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private final BookingRepository bookings;
    private final PublicCatalog catalog;
    private final OwnApplications applications;
    private final Notifications notifications;
    private final OutboxWriter outbox;
    private final TransactionTemplate transactions;
    private final WorkingDays workingDays;
    private final BookingProperties limits;
    private final Clock clock;

    Bookings(BookingRepository bookings, PublicCatalog catalog, OwnApplications applications,
             Notifications notifications, OutboxWriter outbox, TransactionTemplate transactions,
             WorkingDays workingDays, BookingProperties limits, Clock clock) {
        this.bookings = bookings;
        this.catalog = catalog;
        this.applications = applications;
        this.notifications = notifications;
        this.outbox = outbox;
        this.transactions = transactions;
        this.workingDays = workingDays;
        this.limits = limits;
        this.clock = clock;
    }

    /** The item's slots in the days (one hall or all), on working days of its region, with the places left in each. */
    PageResponse<SlotView> slots(String itemCode, String hall, LocalDate from, LocalDate to, PageRequest page) {
        CatalogItem item = catalog.find(itemCode).orElseThrow(() -> new NotFoundException("No published item " + itemCode));
        LocalDateTime now = now();
        DayRange range = DayRange.of(from, to, now.toLocalDate());
        List<Slot> slots = HallSchedule.slots(item.guide().halls(), range, now, workingDays.of(item.regionCode())).stream()
                .filter(slot -> hall == null || slot.hall().equals(hall))
                .toList();
        Map<String, Integer> taken = bookings.placesTaken(itemCode, range.from(), range.to());
        List<SlotView> content = slots.stream().skip(page.offset()).limit(page.size())
                .map(slot -> SlotView.of(slot, taken.getOrDefault(BookingRepository.key(slot.hall(), slot.day(), slot.start()), 0)))
                .toList();
        return PageResponse.of(content, page, slots.size());
    }

    /**
     * Books one place of the slot for the caller: 400 if the item's halls offer no such slot (or it
     * has begun, is too far ahead or not on a working day of the item's region), 409 if it is full
     * or the caller already holds a place in it.
     */
    Booking book(CurrentUser person, String itemCode, String hall, LocalDate day, LocalTime start, String trackingNumber) {
        CatalogItem item = catalog.find(itemCode)
                .orElseThrow(() -> new BadRequestException("itemCode", "no published item " + itemCode));
        Slot slot = HallSchedule.bookable(item.guide().halls(), hall, day, start, now(),
                workingDays.of(item.regionCode()));
        String tracking = trackingNumber == null || trackingNumber.isBlank() ? null : trackingNumber.trim();
        if (tracking != null && !applications.isOwn(tracking, person.id())) {
            throw new BadRequestException("trackingNumber", "is not the tracking number of an application of yours");
        }
        try {
            return transactions.execute(status -> {
                holdsFewerThanTheLimits(person, item.code(), slot.hall());
                if (!bookings.takePlace(item.code(), slot)) {
                    throw new ConflictException("The slot is full", Map.of("capacity", slot.capacity()));
                }
                Booking booking = Booking.of(UUID.randomUUID(), person.id(), displayName(person), item.code(),
                        item.name(), slot, item.regionCode(), item.departmentCode(), tracking, RequestContext.channel(),
                        clock.instant());
                bookings.insert(booking);
                outbox.append(Topics.BOOKING, booking.madeEvent());
                notifications.send(notice(booking, NotificationKind.BOOKING_MADE, "预约成功 Booking made",
                        "您已预约 " + when(booking) + "，请按时前往。You have booked " + when(booking) + "."));
                return booking;
            });
        } catch (DuplicateKeyException alreadyBooked) {
            throw new ConflictException("You already hold a booking of this slot");
        }
    }

    /**
     * 409 naming the limit when the person already holds the most active bookings allowed for the item or at the hall;
     * one person's bookings are counted one at a time (a lock per person until the transaction ends).
     */
    private void holdsFewerThanTheLimits(CurrentUser person, String itemCode, String hall) {
        bookings.lockPerson(person.id());
        LocalDateTime now = now();
        int ofItem = bookings.countActive(person.id(), itemCode, null, now);
        if (ofItem >= limits.maxActivePerItem()) {
            throw new ConflictException("You already hold " + ofItem + " bookings for this service, the most allowed at once;"
                    + " cancel one to book another", Map.of("maxActivePerItem", limits.maxActivePerItem(), "activeBookings", ofItem));
        }
        int atHall = bookings.countActive(person.id(), null, hall, now);
        if (atHall >= limits.maxActivePerHall()) {
            throw new ConflictException("You already hold " + atHall + " bookings at this hall, the most allowed at once;"
                    + " cancel one to book another", Map.of("maxActivePerHall", limits.maxActivePerHall(), "activeBookings", atHall));
        }
    }

    /** Cancels the caller's own active booking before its slot starts and frees its place. */
    @Transactional
    Booking cancel(UUID id, CurrentUser person) {
        Booking booking = bookings.lockOwn(id, person.id()).orElseThrow(() -> notFound(id));
        booking.checkCancellable(now());
        Instant at = clock.instant();
        bookings.markCancelled(id, at);
        bookings.freePlace(booking);
        outbox.append(Topics.BOOKING, booking.cancelledEvent(RequestContext.channel(), at));
        notifications.send(notice(booking, NotificationKind.BOOKING_CANCELLED, "预约已取消 Booking cancelled",
                "您已取消 " + when(booking) + " 的预约。Your booking of " + when(booking) + " is cancelled."));
        return bookings.findOwn(id, person.id()).orElseThrow();
    }

    Booking findOwn(UUID id, CurrentUser person) {
        return bookings.findOwn(id, person.id()).orElseThrow(() -> notFound(id));
    }

    PageResponse<Booking> mine(CurrentUser person, PageRequest page) {
        return PageResponse.of(bookings.pageOf(person.id(), page), page, bookings.countOf(person.id()));
    }

    /** A day's bookings of an item's halls, for staff of the item's department (another department: 404). */
    PageResponse<Booking> hallDay(CurrentUser staff, String itemCode, String hall, LocalDate day, PageRequest page) {
        CatalogItem item = catalog.find(itemCode)
                .filter(found -> found.departmentCode().equals(staff.department()))
                .orElseThrow(() -> new NotFoundException("No item " + itemCode + " of your department"));
        return PageResponse.of(bookings.hallDay(item.code(), hall, day, page), page,
                bookings.hallDayCount(item.code(), hall, day));
    }

    /** Sends the day-before reminders of one batch of tomorrow's bookings; returns how many. */
    int remindBatch(int limit) {
        LocalDate tomorrow = now().toLocalDate().plusDays(1);
        return transactions.execute(status -> {
            List<Booking> due = bookings.claimUnreminded(tomorrow, limit);
            for (Booking booking : due) {
                bookings.markReminded(booking.id());
                notifications.send(notice(booking, NotificationKind.BOOKING_REMINDER, "明日预约提醒 Booking tomorrow",
                        "提醒：您预约了 " + when(booking) + "。Reminder: you have booked " + when(booking) + "."));
            }
            return due.size();
        });
    }

    private LocalDateTime now() {
        return LocalDateTime.ofInstant(clock.instant(), ZONE);
    }

    private static NotFoundException notFound(UUID id) {
        return new NotFoundException("No booking " + id);
    }

    private static Notice notice(Booking booking, NotificationKind kind, String title, String text) {
        return new Notice(booking.accountId(), kind, title, text, booking.id().toString(), booking.regionCode(),
                booking.departmentCode());
    }

    private static String when(Booking booking) {
        return booking.itemName() + " · " + booking.hall() + " · " + booking.day() + " " + booking.start() + "-"
                + booking.end();
    }

    private static String displayName(CurrentUser person) {
        return person.name() != null ? person.name() : person.username() != null ? person.username() : person.id();
    }

    /** A slot with its capacity and the places still free. */
    record SlotView(String hall, LocalDate date, String start, String end, int capacity, int remaining) {

        static SlotView of(Slot slot, int taken) {
            return new SlotView(slot.hall(), slot.day(), slot.start().toString(), slot.end().toString(), slot.capacity(),
                    Math.max(0, slot.capacity() - taken));
        }
    }
}
