package org.onestop.processing.cases;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.onestop.contracts.Topics;
import org.onestop.contracts.processing.CaseEvent;
import org.onestop.contracts.processing.CaseOverdue;
import org.onestop.contracts.processing.DeadlineWarning;
import org.onestop.platform.messaging.OutboxWriter;
import org.onestop.processing.calendar.WorkingDays;
import org.onestop.processing.calendar.domain.WorkingDayCalendar;
import org.onestop.processing.cases.CaseRepository.Signal;
import org.onestop.processing.cases.domain.CaseFile;
import org.onestop.processing.cases.domain.Deadline;
import org.onestop.processing.cases.domain.Moment;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Supervision (电子监察): raises the early warning when a running case reaches the warning share
 * of its limit, and the overdue alert once it passes its due date, each once per case. Every
 * replica runs this; the rows are claimed with {@code for update skip locked} and marked in the
 * same transaction as the outbox event, so a case is signalled by exactly one replica.
 */
@Component
class DeadlineSupervision {

    private static final Logger log = LoggerFactory.getLogger(DeadlineSupervision.class);

    private final CaseRepository cases;
    private final OutboxWriter outbox;
    private final WorkingDays workingDays;
    private final TransactionTemplate transactions;
    private final ProcessingProperties properties;
    private final Clock clock;

    DeadlineSupervision(CaseRepository cases, OutboxWriter outbox, WorkingDays workingDays,
                        TransactionTemplate transactions, ProcessingProperties properties, Clock clock) {
        this.cases = cases;
        this.outbox = outbox;
        this.workingDays = workingDays;
        this.transactions = transactions;
        this.properties = properties;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${onestop.processing.supervision-interval}",
            initialDelayString = "${onestop.processing.supervision-interval}")
    void raiseSignals() {
        for (Signal signal : Signal.values()) {
            int raised;
            int total = 0;
            do {
                raised = transactions.execute(status -> raiseBatch(signal));
                total += raised;
            } while (raised == properties.supervisionBatch());
            if (total > 0) {
                log.info("Raised {} {} signals", total, signal);
            }
        }
    }

    /** Signals one batch of cases in one transaction; returns how many. */
    int raiseBatch(Signal signal) {
        LocalDate today = LocalDate.ofInstant(clock.instant(), Moment.ZONE);
        List<CaseFile> pending = cases.claimPendingSignal(signal, today, properties.supervisionBatch());
        Map<String, WorkingDayCalendar> calendars = new HashMap<>();
        for (CaseFile file : pending) {
            WorkingDayCalendar calendar = calendars.computeIfAbsent(file.regionCode(), workingDays::of);
            outbox.append(Topics.CASE, signalOf(signal, file, file.deadline().read(today, calendar)));
            cases.markSignalled(file.id(), signal);
            cases.recordAction(file.id(), signal == Signal.WARNING ? "deadline-warning" : "overdue", "system", null,
                    file.state(), file.state(), Map.of("dueOn", String.valueOf(file.deadline().dueOn())),
                    clock.instant());
        }
        return pending.size();
    }

    private CaseEvent signalOf(Signal signal, CaseFile file, Deadline.Reading reading) {
        if (signal == Signal.WARNING) {
            return new DeadlineWarning(file.id().toString(), file.applicationId(), file.trackingNumber(),
                    file.itemCode(), reading.limitWorkingDays(), reading.usedWorkingDays(), reading.dueOn(),
                    file.regionCode(), file.departmentCode(), "system", clock.instant());
        }
        return new CaseOverdue(file.id().toString(), file.applicationId(), file.trackingNumber(), file.itemCode(),
                reading.limitWorkingDays(), reading.usedWorkingDays(), reading.dueOn(), file.regionCode(),
                file.departmentCode(), "system", clock.instant());
    }
}
