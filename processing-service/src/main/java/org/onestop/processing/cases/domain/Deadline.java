package org.onestop.processing.cases.domain;

import java.time.LocalDate;
import org.onestop.processing.calendar.domain.WorkingDayCalendar;

/**
 * The working-day clock of a case. It starts at acceptance with the item version's promised
 * limit, pauses while the applicant corrects or the case is suspended, and stops when the case
 * is concluded or closed. The due date and early-warning date are kept while the clock runs (for
 * the work queues and the supervision scheduler) and cleared while it is paused.
 *
 * @param limitDays    promised limit in working days, from the item version the case was submitted under
 * @param warningDays  working days used at which the early warning is due
 * @param limitAssumed the item version was unknown when the case was opened, so the default limit applies
 * @param pausedDays   working days spent in finished pauses
 * @param pausedOn     the day the current pause began, or null
 */
public record Deadline(int limitDays, int warningDays, boolean limitAssumed, LocalDate startedOn, int pausedDays,
                       LocalDate pausedOn, LocalDate stoppedOn, LocalDate dueOn, LocalDate warnOn) {

    public static Deadline notStarted(int limitDays, double warningShare, boolean limitAssumed) {
        int warningDays = (int) Math.ceil(limitDays * warningShare);
        return new Deadline(limitDays, warningDays, limitAssumed, null, 0, null, null, null, null);
    }

    Deadline start(LocalDate on, WorkingDayCalendar calendar) {
        return running(on, 0, calendar);
    }

    Deadline pause(LocalDate on) {
        return new Deadline(limitDays, warningDays, limitAssumed, startedOn, pausedDays, on, null, null, null);
    }

    Deadline resume(LocalDate on, WorkingDayCalendar calendar) {
        if (pausedOn == null) {
            return this;
        }
        return running(startedOn, pausedDays + calendar.workingDaysBetween(pausedOn, on), calendar);
    }

    /** Stops the clock for good, ending a pause first; a clock that never started stays unstarted. */
    Deadline stop(LocalDate on, WorkingDayCalendar calendar) {
        if (startedOn == null) {
            return this;
        }
        Deadline resumed = resume(on, calendar);
        return new Deadline(limitDays, warningDays, limitAssumed, startedOn, resumed.pausedDays, null, on,
                resumed.dueOn, resumed.warnOn);
    }

    private Deadline running(LocalDate started, int paused, WorkingDayCalendar calendar) {
        LocalDate due = calendar.addWorkingDays(started, limitDays + paused);
        LocalDate warn = limitDays == 0 ? null : calendar.addWorkingDays(started, warningDays + paused);
        return new Deadline(limitDays, warningDays, limitAssumed, started, paused, null, null, due, warn);
    }

    public boolean isRunning() {
        return startedOn != null && pausedOn == null && stoppedOn == null;
    }

    /** Working days used by {@code today}: pauses do not count, and nothing after the clock stopped. */
    public int usedDays(LocalDate today, WorkingDayCalendar calendar) {
        if (startedOn == null) {
            return 0;
        }
        LocalDate end = stoppedOn != null ? stoppedOn : pausedOn != null ? pausedOn : today;
        return calendar.workingDaysBetween(startedOn, end) - pausedDays;
    }

    /** The clock as shown on a case. */
    public Reading read(LocalDate today, WorkingDayCalendar calendar) {
        int used = usedDays(today, calendar);
        String status = startedOn == null ? "NOT_STARTED" : stoppedOn != null ? "STOPPED"
                : pausedOn != null ? "PAUSED" : "RUNNING";
        boolean overdue = used > limitDays;
        boolean warned = "RUNNING".equals(status) && !overdue && limitDays > 0 && used >= warningDays;
        return new Reading(status, limitDays, limitAssumed, startedOn, dueOn, used, limitDays - used, overdue, warned);
    }

    /**
     * @param status              NOT_STARTED, RUNNING, PAUSED or STOPPED
     * @param dueOn               the last working day of the limit; null before acceptance and while paused
     * @param remainingWorkingDays negative once overdue
     * @param earlyWarning        the running clock has used its warning share (80 % by default) and is not overdue yet
     */
    public record Reading(String status, int limitWorkingDays, boolean limitAssumed, LocalDate startedOn,
                          LocalDate dueOn, int usedWorkingDays, int remainingWorkingDays, boolean overdue,
                          boolean earlyWarning) {
    }
}
