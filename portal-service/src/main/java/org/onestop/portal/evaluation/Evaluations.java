package org.onestop.portal.evaluation;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.onestop.contracts.Topics;
import org.onestop.platform.messaging.OutboxWriter;
import org.onestop.platform.problem.ConflictException;
import org.onestop.platform.problem.NotFoundException;
import org.onestop.platform.security.CurrentUser;
import org.onestop.platform.web.PageRequest;
import org.onestop.platform.web.PageResponse;
import org.onestop.platform.web.RequestContext;
import org.onestop.portal.application.OwnApplications;
import org.onestop.portal.application.domain.Application;
import org.onestop.portal.calendar.WorkingDays;
import org.onestop.portal.evaluation.domain.Dimensions;
import org.onestop.portal.evaluation.domain.Evaluation;
import org.onestop.portal.evaluation.domain.Rectification;
import org.onestop.portal.evaluation.domain.RectificationDeadline;
import org.onestop.portal.evaluation.domain.SatisfactionLevel;
import org.onestop.portal.notification.StaffAlerts;
import org.onestop.portal.notification.domain.NotificationKind;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The applicant's side of 好差评: evaluating one's own concluded case once, seeing what the
 * department did about a bad review, and appealing that once. Every step commits with its events
 * on {@code portal.evaluation.v1}.
 */
@Service
class Evaluations {

    /** Who is told of a bad review: the clerks who verify and rectify it, and the supervisors. */
    static final Set<String> BAD_REVIEW_HANDLERS = Set.of("CLERK", "SUPERVISOR");

    private final EvaluationRepository evaluations;
    private final OwnApplications applications;
    private final OutboxWriter outbox;
    private final TransactionTemplate transactions;
    private final RectificationDeadline deadline;
    private final WorkingDays workingDays;
    private final StaffAlerts staff;
    private final Clock clock;

    Evaluations(EvaluationRepository evaluations, OwnApplications applications, OutboxWriter outbox,
                TransactionTemplate transactions, EvaluationProperties properties, WorkingDays workingDays,
                StaffAlerts staff, Clock clock) {
        this.evaluations = evaluations;
        this.applications = applications;
        this.outbox = outbox;
        this.transactions = transactions;
        this.deadline = properties.deadline();
        this.workingDays = workingDays;
        this.staff = staff;
        this.clock = clock;
    }

    Reviewed submit(CurrentUser reviewer, UUID applicationId, SatisfactionLevel level, Dimensions dimensions,
                    String comment) {
        Application application = applications.find(applicationId, reviewer.id())
                .orElseThrow(() -> new NotFoundException("No application " + applicationId));
        if (evaluations.existsFor(applicationId)) {
            throw alreadyEvaluated();
        }
        String channel = RequestContext.channel();
        try {
            return transactions.execute(status -> {
                var submitted = Evaluation.submit(application, level, dimensions, comment, channel,
                        deadline.in(workingDays.of(application.regionCode())), clock.instant());
                evaluations.insert(submitted.evaluation());
                submitted.rectification().ifPresent(evaluations::insert);
                submitted.events().forEach(event -> outbox.append(Topics.EVALUATION, event));
                submitted.rectification().ifPresent(opened -> staff.tell(opened.departmentCode(), opened.regionCode(),
                        BAD_REVIEW_HANDLERS, NotificationKind.BAD_REVIEW, "差评待整改 Bad review to rectify",
                        "办件 " + opened.trackingNumber() + " 收到差评（" + level.name() + "），请核实并于 "
                                + opened.dueOn() + " 前完成整改或说明。Case " + opened.trackingNumber() + " has a bad review ("
                                + level.name() + "): verify it and rectify or explain it by " + opened.dueOn() + ".",
                        opened.trackingNumber()));
                return new Reviewed(submitted.evaluation(), submitted.rectification());
            });
        } catch (DuplicateKeyException raced) {
            throw alreadyEvaluated();
        }
    }

    Reviewed findOwn(UUID id, CurrentUser reviewer) {
        Evaluation evaluation = evaluations.findOwn(id, reviewer.id()).orElseThrow(() -> notFound(id));
        return new Reviewed(evaluation, evaluations.rectificationOf(id));
    }

    PageResponse<Reviewed> listOwn(CurrentUser reviewer, PageRequest page) {
        return PageResponse.of(evaluations.pageOfReviewer(reviewer.id(), page), page,
                evaluations.countOfReviewer(reviewer.id()))
                .map(evaluation -> new Reviewed(evaluation, evaluations.rectificationOf(evaluation.id())));
    }

    /** The reviewer appeals the department's handling of their bad review as a misjudgement, once. */
    @Transactional
    Reviewed appeal(UUID id, CurrentUser reviewer, String reason) {
        Evaluation evaluation = evaluations.findOwn(id, reviewer.id()).orElseThrow(() -> notFound(id));
        Rectification rectification = evaluations.lockOf(id).orElseThrow(() -> new ConflictException(
                "Only a bad review's rectification can be appealed", Map.of("level", evaluation.level().name())));
        var changed = rectification.appeal(reason, reviewer.id(), RequestContext.channel(), clock.instant());
        evaluations.update(changed.rectification());
        outbox.append(Topics.EVALUATION, changed.event());
        return new Reviewed(evaluation, Optional.of(changed.rectification()));
    }

    /** The public good-review figures of an item: counts per level and the share of good reviews. */
    Statistics statisticsOf(String itemCode) {
        Map<SatisfactionLevel, Long> levels = evaluations.levelsOf(itemCode);
        long count = levels.values().stream().mapToLong(Long::longValue).sum();
        long bad = levels.entrySet().stream().filter(e -> e.getKey().bad()).mapToLong(Map.Entry::getValue).sum();
        Double goodRate = count == 0 ? null : (double) (count - bad) / count;
        return new Statistics(itemCode, count, count - bad, bad, goodRate, levels);
    }

    LocalDate today() {
        return RectificationDeadline.today(clock.instant());
    }

    private static ConflictException alreadyEvaluated() {
        return new ConflictException("This case has been evaluated already (一事一评)");
    }

    private static NotFoundException notFound(UUID id) {
        return new NotFoundException("No evaluation " + id);
    }

    /** An evaluation and, for a bad review, its rectification record. */
    record Reviewed(Evaluation evaluation, Optional<Rectification> rectification) {
    }

    /** @param goodRate share of good reviews (the first three levels), null while there are none */
    record Statistics(String itemCode, long count, long good, long bad, Double goodRate,
                      Map<SatisfactionLevel, Long> levels) {
    }
}
