package org.onestop.processing.calendar.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.onestop.platform.rules.RuleViolation;
import org.onestop.processing.calendar.domain.CalendarPeriod.Kind;

class CalendarPeriodTest {

    private final List<CalendarPeriod> existing = NationalSchedule2026.PERIODS;

    private static LocalDate day(String iso) {
        return LocalDate.parse(iso);
    }

    private static List<String> fieldsOf(Throwable e) {
        return ((RuleViolation) e).errors().stream().map(RuleViolation.FieldProblem::field).toList();
    }

    @Test
    void aWellFormedPeriodIsDefined() {
        var period = CalendarPeriod.define("000000", " 元旦 ", Kind.HOLIDAY, day("2027-01-01"), day("2027-01-03"), existing);

        assertThat(period.id()).isNotNull();
        assertThat(period.name()).isEqualTo("元旦");
    }

    @Test
    void anOverlapWithAnotherPeriodIsRefused() {
        assertThatThrownBy(() -> CalendarPeriod.define("000000", "extra", Kind.HOLIDAY, day("2026-10-07"),
                day("2026-10-08"), existing))
                .isInstanceOf(RuleViolation.class)
                .satisfies(e -> assertThat(fieldsOf(e)).containsExactly("firstDay"))
                .hasMessageContaining("not valid");
    }

    @Test
    void aPeriodThatEndsBeforeItStartsIsRefused() {
        assertThatThrownBy(() -> CalendarPeriod.define("000000", "back", Kind.HOLIDAY, day("2027-05-03"),
                day("2027-05-01"), existing))
                .satisfies(e -> assertThat(fieldsOf(e)).containsExactly("lastDay"));
    }

    @Test
    void missingDatesNamesAndKindsAreEachReported() {
        assertThatThrownBy(() -> CalendarPeriod.define("33", " ", null, null, null, existing))
                .satisfies(e -> assertThat(fieldsOf(e)).containsExactly("regionCode", "name", "kind", "firstDay", "lastDay"));
    }

    @Test
    void aMakeUpWorkdayMustFallOnAWeekend() {
        assertThatThrownBy(() -> CalendarPeriod.define("000000", "调休", Kind.MAKE_UP_WORKDAY, day("2027-01-05"),
                day("2027-01-05"), existing))
                .satisfies(e -> assertThat(fieldsOf(e)).containsExactly("firstDay"));
        assertThat(CalendarPeriod.define("000000", "调休", Kind.MAKE_UP_WORKDAY, day("2027-01-09"), day("2027-01-10"),
                existing).kind()).isEqualTo(Kind.MAKE_UP_WORKDAY);
    }

    @Test
    void aPeriodLongerThanAMonthIsRefused() {
        assertThatThrownBy(() -> CalendarPeriod.define("330100", "long", Kind.HOLIDAY, day("2027-07-01"),
                day("2027-08-01"), List.of()))
                .satisfies(e -> assertThat(fieldsOf(e)).containsExactly("lastDay"));
    }
}
