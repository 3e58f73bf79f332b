package org.onestop.processing.calendar;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.onestop.contracts.Topics;
import org.onestop.contracts.processing.WorkingDaysPublished;
import org.onestop.platform.messaging.OutboxWriter;
import org.onestop.platform.web.RequestContext;
import org.onestop.processing.calendar.domain.CalendarPeriod;
import org.onestop.processing.calendar.domain.WorkingDayCalendar;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Tells the other services each region's working days ({@code WorkingDaysPublished} on
 * {@code processing.calendar.v1}), so that they count in working days from a read model of their
 * own instead of repeating the calendar's rules. A year's list is published whenever it differs
 * from the one last published for that region ({@code calendar_publication}): after an
 * administrator's change, in the change's transaction, and by a check at start-up (the seeded
 * schedule) that runs again every {@code onestop.processing.calendar-publication-interval} (a new
 * year, a failed start-up check). Every publication holds one advisory lock until it commits, so
 * replicas starting together publish each list once.
 */
@Component
class CalendarPublication {

    private static final Logger log = LoggerFactory.getLogger(CalendarPublication.class);
    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    private final CalendarRepository calendars;
    private final OutboxWriter outbox;
    private final TransactionTemplate transactions;
    private final Clock clock;

    CalendarPublication(CalendarRepository calendars, OutboxWriter outbox, TransactionTemplate transactions,
                        Clock clock) {
        this.calendars = calendars;
        this.outbox = outbox;
        this.transactions = transactions;
        this.clock = clock;
    }

    /**
     * Publishes, in the caller's transaction, the years of a change to a region's periods; a change
     * to the national schedule republishes it and every region with a calendar of its own.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    void changed(String regionCode, Collection<Integer> years) {
        calendars.lockPublication();
        List<String> regions = CalendarPeriod.NATIONAL.equals(regionCode) ? everyCalendar() : List.of(regionCode);
        publishChanged(regions, years, RequestContext.channel());
    }

    /**
     * Publishes every calendar that differs from what was published: the national schedule and
     * each region with periods of its own, for this year, the next and every year with a period.
     */
    @Scheduled(initialDelay = 0, fixedDelayString = "${onestop.processing.calendar-publication-interval}")
    void publishAll() {
        int published = transactions.execute(status -> {
            calendars.lockPublication();
            int thisYear = LocalDate.ofInstant(clock.instant(), CHINA).getYear();
            SortedSet<Integer> years = new TreeSet<>(calendars.yearsWithPeriods());
            years.add(thisYear);
            years.add(thisYear + 1);
            return publishChanged(everyCalendar(), years, "system");
        });
        if (published > 0) {
            log.info("Published the working days of {} region-years on {}", published, Topics.CALENDAR);
        }
    }

    private List<String> everyCalendar() {
        List<String> regions = new ArrayList<>();
        regions.add(CalendarPeriod.NATIONAL);
        regions.addAll(calendars.regionsWithOwnCalendar());
        return regions;
    }

    private int publishChanged(List<String> regions, Collection<Integer> years, String channel) {
        int published = 0;
        Instant now = clock.instant();
        for (String region : regions) {
            WorkingDayCalendar calendar = WorkingDayCalendar.of(calendars.periodsFor(region));
            for (int year : years) {
                List<LocalDate> days = calendar.workingDaysOf(year);
                List<LocalDate> holidays = calendar.publicHolidaysOf(year);
                String fingerprint = fingerprintOf(days, holidays);
                if (calendars.publishedFingerprint(region, year).filter(fingerprint::equals).isEmpty()) {
                    calendars.recordPublication(region, year, fingerprint, now);
                    outbox.append(Topics.CALENDAR, new WorkingDaysPublished(region, year, days, holidays, null, channel,
                            now));
                    published++;
                }
            }
        }
        return published;
    }

    private static String fingerprintOf(List<LocalDate> days, List<LocalDate> holidays) {
        String joined = days.stream().map(LocalDate::toString).collect(Collectors.joining(",")) + "|"
                + holidays.stream().map(LocalDate::toString).collect(Collectors.joining(","));
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(joined.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
