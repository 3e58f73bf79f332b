package org.onestop.e2e;

import tools.jackson.databind.JsonNode;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A region's working days as processing publishes them ({@code GET /calendars/{region}/periods}):
 * Monday to Friday, except the holidays, plus the make-up working days; the region's own periods
 * over the national ones ({@code 000000}). The tests compute from it the deadlines a case must
 * show, whatever day they run on. It restates processing's {@code WorkingDayCalendar} on purpose:
 * the end-to-end tests load no service class, and an oracle that shared the service's code would
 * share its mistakes.
 */
final class RegionCalendar {

    private static final String NATIONAL = "000000";

    private final Map<LocalDate, Boolean> exceptions = new HashMap<>();

    private RegionCalendar() {
    }

    /** The calendar of a region for the given years, read through the gateway with a staff token. */
    static RegionCalendar read(Gateway gateway, String staffToken, String region, int... years) {
        RegionCalendar calendar = new RegionCalendar();
        for (String code : new String[] {NATIONAL, region}) {
            for (int year : years) {
                calendar.add(gateway, staffToken, code, year);
            }
        }
        return calendar;
    }

    private void add(Gateway gateway, String token, String region, int year) {
        int page = 0;
        int totalPages;
        do {
            Gateway.Response periods = gateway.get("/api/processing/v1/calendars/" + region + "/periods?year=" + year
                    + "&size=100&page=" + page, token);
            assertThat(periods.status()).as(periods.body()).isEqualTo(200);
            for (JsonNode period : periods.json().path("content")) {
                boolean working = "MAKE_UP_WORKDAY".equals(period.path("kind").asString());
                LocalDate last = LocalDate.parse(period.path("lastDay").asString());
                for (LocalDate day = LocalDate.parse(period.path("firstDay").asString()); !day.isAfter(last);
                     day = day.plusDays(1)) {
                    exceptions.put(day, working);
                }
            }
            totalPages = periods.json().path("totalPages").asInt();
            page++;
        } while (page < totalPages);
    }

    boolean isWorkingDay(LocalDate day) {
        Boolean exception = exceptions.get(day);
        if (exception != null) {
            return exception;
        }
        return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY;
    }

    /** The {@code days}-th working day after {@code from} ({@code from} itself for 0): the day of the action does not count. */
    LocalDate plusWorkingDays(LocalDate from, int days) {
        LocalDate day = from;
        for (int left = days; left > 0; ) {
            day = day.plusDays(1);
            if (isWorkingDay(day)) {
                left--;
            }
        }
        return day;
    }

    /** Working days after {@code from} up to and including {@code to}. */
    int workingDaysBetween(LocalDate from, LocalDate to) {
        int count = 0;
        for (LocalDate day = from.plusDays(1); !day.isAfter(to); day = day.plusDays(1)) {
            if (isWorkingDay(day)) {
                count++;
            }
        }
        return count;
    }
}
