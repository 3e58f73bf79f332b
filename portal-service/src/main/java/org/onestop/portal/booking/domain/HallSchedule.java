package org.onestop.portal.booking.domain;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.onestop.contracts.management.ServiceGuide.BookableWindow;
import org.onestop.contracts.management.ServiceGuide.Hall;
import org.onestop.platform.rules.RuleViolation;
import org.onestop.platform.rules.RuleViolation.FieldProblem;
import org.onestop.portal.calendar.domain.WorkingDayCalendar;

/**
 * The time slots a hall offers, cut from the weekly bookable windows of the item's service guide:
 * a window from 09:00 to 11:00 in slots of 30 minutes offers 09:00, 09:30, 10:00 and 10:30, each
 * taking {@code capacityPerSlot} bookings. Slots are offered from now (China Standard Time) up to
 * {@link #MAX_DAYS_AHEAD} days ahead, by the calendar of the hall's region: on a working day the
 * windows of that day of the week; on a make-up working day (调休上班, a weekend day) the hall's
 * windows of that day if it has any, else it keeps its weekday hours (those of its first weekday
 * with windows); on an ordinary weekend day the hall's weekend windows, if it opens then; on a
 * public holiday, weekends within it included, none.
 */
public final class HallSchedule {

    /** How far ahead a slot may be booked, counted in days from today. */
    public static final int MAX_DAYS_AHEAD = 14;

    private HallSchedule() {
    }

    /** One bookable slot of a hall on a day. */
    public record Slot(String hall, LocalDate day, LocalTime start, LocalTime end, int capacity) {

        public LocalDateTime startsAt() {
            return day.atTime(start);
        }
    }

    /** The days asked for, checked: from today at the earliest, to at most {@link #MAX_DAYS_AHEAD} days ahead. */
    public record DayRange(LocalDate from, LocalDate to) {

        /** Both ends default: from today, to a week after {@code from} but never past the last bookable day. */
        public static DayRange of(LocalDate from, LocalDate to, LocalDate today) {
            LocalDate last = today.plusDays(MAX_DAYS_AHEAD);
            LocalDate first = from == null ? today : from;
            LocalDate end = to == null ? min(first.plusDays(6), last) : to;
            List<FieldProblem> problems = new ArrayList<>();
            if (first.isBefore(today)) {
                problems.add(new FieldProblem("from", "must be today (" + today + ") or later"));
            }
            if (end.isAfter(last)) {
                problems.add(new FieldProblem("to", "must be at most " + MAX_DAYS_AHEAD + " days ahead (" + last + ")"));
            }
            if (end.isBefore(first)) {
                problems.add(new FieldProblem("to", "must not be before from"));
            }
            if (!problems.isEmpty()) {
                throw new RuleViolation("Invalid range of days", problems);
            }
            return new DayRange(first, end);
        }

        private static LocalDate min(LocalDate a, LocalDate b) {
            return a.isBefore(b) ? a : b;
        }
    }

    /**
     * Every slot of the halls on the working days of the range, in order of day, start and hall,
     * leaving out those already begun.
     */
    public static List<Slot> slots(List<Hall> halls, DayRange range, LocalDateTime now, WorkingDayCalendar calendar) {
        List<Slot> slots = new ArrayList<>();
        for (LocalDate day = range.from(); !day.isAfter(range.to()); day = day.plusDays(1)) {
            for (Hall hall : halls) {
                for (BookableWindow window : windowsOn(hall, day, calendar)) {
                    slotsOf(hall.name(), window, day).stream().filter(slot -> slot.startsAt().isAfter(now))
                            .forEach(slots::add);
                }
            }
        }
        slots.sort(Comparator.comparing(Slot::day).thenComparing(Slot::start).thenComparing(Slot::hall));
        return slots;
    }

    /**
     * The slot of the named hall that starts on that day at that time, if the hall's windows offer
     * it and it can still be booked: on a working day, not begun and at most {@link #MAX_DAYS_AHEAD}
     * days ahead. Otherwise a 400 naming the field that is wrong.
     */
    public static Slot bookable(List<Hall> halls, String hallName, LocalDate day, LocalTime start, LocalDateTime now,
                                WorkingDayCalendar calendar) {
        Hall hall = halls.stream().filter(h -> h.name().equals(hallName)).findFirst()
                .orElseThrow(() -> new RuleViolation("hall", "the item is not handled at a hall named " + hallName));
        if (day.isAfter(now.toLocalDate().plusDays(MAX_DAYS_AHEAD))) {
            throw new RuleViolation("date", "must be at most " + MAX_DAYS_AHEAD + " days ahead");
        }
        if (!day.atTime(start).isAfter(now)) {
            throw new RuleViolation("start", "the slot has already begun");
        }
        List<BookableWindow> windows = windowsOn(hall, day, calendar);
        if (windows.isEmpty() && (calendar.isPublicHoliday(day) || !calendar.isWorkingDay(day))) {
            throw new RuleViolation("date", "the hall is closed on " + day + " (" + day.getDayOfWeek() + "): "
                    + (calendar.isPublicHoliday(day) ? "a public holiday" : "not a working day, and it does not open then"));
        }
        return windows.stream()
                .flatMap(window -> slotsOf(hall.name(), window, day).stream())
                .filter(slot -> slot.start().equals(start))
                .findFirst()
                .orElseThrow(() -> new RuleViolation("start", "the hall offers no slot starting at " + start
                        + " on " + day + " (" + day.getDayOfWeek() + ")"));
    }

    /** The windows a hall opens on a day, by the rules of the class comment. */
    static List<BookableWindow> windowsOn(Hall hall, LocalDate day, WorkingDayCalendar calendar) {
        if (calendar.isPublicHoliday(day)) {
            return List.of();
        }
        boolean weekend = day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
        boolean working = calendar.isWorkingDay(day);
        if (!working && !weekend) {
            return List.of();
        }
        List<BookableWindow> ofTheDay = windowsOf(hall, day.getDayOfWeek());
        if (!ofTheDay.isEmpty() || !(working && weekend)) {
            return ofTheDay;
        }
        for (DayOfWeek weekday = DayOfWeek.MONDAY; weekday.compareTo(DayOfWeek.FRIDAY) <= 0; weekday = weekday.plus(1)) {
            List<BookableWindow> hours = windowsOf(hall, weekday);
            if (!hours.isEmpty()) {
                return hours;
            }
        }
        return List.of();
    }

    private static List<BookableWindow> windowsOf(Hall hall, DayOfWeek day) {
        return hall.bookableWindows().stream().filter(window -> window.day() == day).toList();
    }

    private static List<Slot> slotsOf(String hall, BookableWindow window, LocalDate day) {
        List<Slot> slots = new ArrayList<>();
        if (window.slotMinutes() <= 0 || window.capacityPerSlot() <= 0 || window.start() == null || window.end() == null) {
            return slots;
        }
        Duration length = Duration.ofMinutes(window.slotMinutes());
        LocalDateTime end = day.atTime(window.end());
        for (LocalDateTime at = day.atTime(window.start()); !at.plus(length).isAfter(end); at = at.plus(length)) {
            slots.add(new Slot(hall, day, at.toLocalTime(), at.plus(length).toLocalTime(), window.capacityPerSlot()));
        }
        return slots;
    }
}
