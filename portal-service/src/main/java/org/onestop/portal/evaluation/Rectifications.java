package org.onestop.portal.evaluation;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import java.util.function.Function;
import org.onestop.contracts.Topics;
import org.onestop.platform.messaging.OutboxWriter;
import org.onestop.platform.problem.ForbiddenException;
import org.onestop.platform.problem.NotFoundException;
import org.onestop.platform.security.CurrentUser;
import org.onestop.platform.web.PageRequest;
import org.onestop.platform.web.PageResponse;
import org.onestop.platform.web.RequestContext;
import org.onestop.portal.calendar.WorkingDays;
import org.onestop.portal.evaluation.EvaluationRepository.RectificationFilter;
import org.onestop.portal.evaluation.domain.Evaluation;
import org.onestop.portal.evaluation.domain.Rectification;
import org.onestop.portal.evaluation.domain.Rectification.AppealDecision;
import org.onestop.portal.evaluation.domain.Rectification.Outcome;
import org.onestop.portal.evaluation.domain.RectificationDeadline;
import org.onestop.portal.notification.Notifications;
import org.onestop.portal.notification.domain.Notification.Notice;
import org.onestop.portal.notification.domain.NotificationKind;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The department's side of a bad review: its staff list their rectification records, verify the
 * complaint and record the rectification or an explanation; its supervisors answer appeals.
 * Another department's record does not exist for them (404).
 */
@Service
class Rectifications {

    private final EvaluationRepository evaluations;
    private final OutboxWriter outbox;
    private final Notifications notifications;
    private final TransactionTemplate transactions;
    private final RectificationDeadline deadline;
    private final WorkingDays workingDays;
    private final Clock clock;

    Rectifications(EvaluationRepository evaluations, OutboxWriter outbox, Notifications notifications,
                   TransactionTemplate transactions, EvaluationProperties properties, WorkingDays workingDays,
                   Clock clock) {
        this.evaluations = evaluations;
        this.outbox = outbox;
        this.notifications = notifications;
        this.transactions = transactions;
        this.deadline = properties.deadline();
        this.workingDays = workingDays;
        this.clock = clock;
    }

    PageResponse<Rectification> list(CurrentUser staff, RectificationFilter filter, PageRequest page) {
        String department = departmentOf(staff);
        LocalDate today = today();
        return PageResponse.of(evaluations.pageOfDepartment(department, filter, today, page), page,
                evaluations.countOfDepartment(department, filter, today));
    }

    Handled find(UUID id, CurrentUser staff) {
        String department = departmentOf(staff);
        return evaluations.findRectification(id).filter(r -> r.departmentCode().equals(department))
                .map(this::handled).orElseThrow(() -> notFound(id));
    }

    Handled verify(UUID id, CurrentUser staff, boolean substantiated, String note) {
        return step(id, staff, r -> {
            var verified = r.verify(substantiated, note, staff.username(), clock.instant());
            evaluations.update(verified);
            return verified;
        });
    }

    Handled complete(UUID id, CurrentUser staff, Outcome outcome, String text) {
        return step(id, staff, r -> {
            var completed = publish(r.complete(outcome, text, staff.username(), RequestContext.channel(),
                    clock.instant()));
            tellReviewer(completed, (outcome == Outcome.RECTIFIED ? "差评已整改 Review rectified "
                    : "差评已解释 Review explained ") + r.trackingNumber(), text);
            return completed;
        });
    }

    Handled answerAppeal(UUID id, CurrentUser supervisor, AppealDecision decision, String answer) {
        return step(id, supervisor, r -> {
            var answered = publish(r.answerAppeal(decision, answer, supervisor.username(),
                    deadline.in(workingDays.of(r.regionCode())), RequestContext.channel(), clock.instant()));
            tellReviewer(answered, (decision == AppealDecision.UPHELD
                    ? "申诉成立，重新整改 Appeal upheld, rectified again " : "申诉未予支持 Appeal not upheld ")
                    + r.trackingNumber(), answer);
            return answered;
        });
    }

    /** The follow-up to the reviewer (their inbox), in the same transaction as the step. */
    private void tellReviewer(Rectification rectification, String title, String text) {
        Evaluation evaluation = evaluations.find(rectification.evaluationId()).orElseThrow();
        notifications.send(new Notice(evaluation.reviewerId(), NotificationKind.EVALUATION_FOLLOW_UP, title, text,
                evaluation.id().toString(), rectification.regionCode(), rectification.departmentCode()));
    }

    LocalDate today() {
        return RectificationDeadline.today(clock.instant());
    }

    private Rectification publish(Rectification.Changed changed) {
        evaluations.update(changed.rectification());
        outbox.append(Topics.EVALUATION, changed.event());
        return changed.rectification();
    }

    private Handled step(UUID id, CurrentUser staff, Function<Rectification, Rectification> action) {
        String department = departmentOf(staff);
        return transactions.execute(status -> {
            Rectification rectification = evaluations.lock(id).filter(r -> r.departmentCode().equals(department))
                    .orElseThrow(() -> notFound(id));
            return handled(action.apply(rectification));
        });
    }

    private Handled handled(Rectification rectification) {
        Evaluation evaluation = evaluations.find(rectification.evaluationId()).orElseThrow();
        return new Handled(rectification, evaluation);
    }

    private static String departmentOf(CurrentUser staff) {
        if (staff.department() == null || staff.department().isBlank()) {
            throw new ForbiddenException("Only staff of a department handle rectifications");
        }
        return staff.department();
    }

    private static NotFoundException notFound(UUID id) {
        return new NotFoundException("No rectification " + id);
    }

    /** A rectification record with the evaluation it answers. */
    record Handled(Rectification rectification, Evaluation evaluation) {
    }
}
