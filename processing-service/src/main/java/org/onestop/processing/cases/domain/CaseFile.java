package org.onestop.processing.cases.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.onestop.contracts.portal.ApplicationSubmitted;
import org.onestop.contracts.processing.CaseAccepted;
import org.onestop.contracts.processing.CaseConcluded;
import org.onestop.contracts.processing.CaseDelivered;
import org.onestop.contracts.processing.CaseEvent;
import org.onestop.contracts.processing.CaseNotAccepted;
import org.onestop.contracts.processing.CaseReceived;
import org.onestop.contracts.processing.CaseResumed;
import org.onestop.contracts.processing.CaseReviewed;
import org.onestop.contracts.processing.CaseSuspended;
import org.onestop.contracts.processing.CaseWithdrawn;
import org.onestop.contracts.processing.CorrectionAnswered;
import org.onestop.contracts.processing.CorrectionRequested;
import org.onestop.platform.rules.RuleViolation;
import org.onestop.platform.rules.StateConflict;
import org.onestop.processing.cases.domain.Handling.DeliveryMethod;
import org.onestop.processing.cases.domain.Handling.Outcome;

/**
 * A case (办件): one submitted application as a department handles it, through the states of
 * docs/design.md §3.2. Every action checks that the state allows it (409 naming the actions allowed now),
 * and returns the changed case with the event to publish.
 */
public record CaseFile(
        UUID id,
        String applicationId,
        String trackingNumber,
        String itemCode,
        int itemVersion,
        String itemName,
        String applicantId,
        String applicantName,
        String regionCode,
        String departmentCode,
        String channel,
        CaseState state,
        Instant receivedAt,
        Instant acceptedAt,
        Deadline deadline,
        Handling handling,
        String assignee,
        List<String> reviewSteps,
        String certificateNumber,
        long rowVersion) {

    /** The review step of an item whose process names no REVIEW step: one review. */
    public static final String REVIEW = "review";
    /** The last step of every review: the approver's decision. */
    public static final String DECISION = "decision";

    public CaseFile {
        reviewSteps = reviewSteps == null ? List.of() : List.copyOf(reviewSteps);
    }

    /**
     * Opens a case for a submitted application (收件), with the clock the item version promises and
     * the REVIEW steps of its process (none: one review, as for any item).
     */
    public static Received receive(ApplicationSubmitted submitted, Deadline deadline, List<String> reviewSteps,
                                   Instant now) {
        var file = new CaseFile(UUID.randomUUID(), submitted.applicationId(), submitted.trackingNumber(),
                submitted.itemCode(), submitted.itemVersion(), submitted.itemName(), submitted.applicantId(),
                submitted.applicantName(), submitted.regionCode(), submitted.departmentCode(), submitted.channel(),
                CaseState.SUBMITTED, now, null, deadline, Handling.none(), null, uniqueNames(reviewSteps), null, 0);
        var event = new CaseReceived(file.id().toString(), file.applicationId(), file.trackingNumber(), file.itemCode(),
                file.itemVersion(), file.regionCode(), file.departmentCode(), file.channel(), now);
        return new Received(file, event);
    }

    /** Accepts the case (受理): the clock starts. */
    public Transition<CaseAccepted> accept(String clerk, String opinion, Moment at) {
        require(CaseAction.ACCEPT);
        var accepted = with(CaseState.ACCEPTED, at.at(), deadline.start(at.today(), at.calendar()), handling);
        return new Transition<>(accepted, new CaseAccepted(id.toString(), applicationId, trackingNumber, clerk, opinion,
                regionCode, departmentCode, at.channel(), at.at()), CaseAction.ACCEPT, state, clerk, opinion, Map.of());
    }

    /** Refuses to accept the case (不予受理), with the reason; the case is closed. */
    public Transition<CaseNotAccepted> notAccept(String clerk, String reason, Moment at) {
        require(CaseAction.NOT_ACCEPT);
        requireText("reason", reason);
        var refused = with(CaseState.NOT_ACCEPTED, acceptedAt, deadline, handling);
        return new Transition<>(refused, new CaseNotAccepted(id.toString(), applicationId, trackingNumber, clerk, reason,
                regionCode, departmentCode, at.channel(), at.at()), CaseAction.NOT_ACCEPT, state, clerk, reason, Map.of());
    }

    /**
     * Asks the applicant for a correction (补正), listing everything missing in one request
     * (一次性告知); the clock pauses until the answer.
     */
    public Transition<CorrectionRequested> requestCorrection(String actor, List<String> missingItems, String opinion,
                                                              Moment at) {
        require(CaseAction.REQUEST_CORRECTION);
        List<String> missing = everyItemOnce(missingItems);
        var waiting = with(CaseState.CORRECTION_REQUESTED, acceptedAt, deadline.pause(at.today()),
                handling.awaitingCorrection(state, missing));
        return new Transition<>(waiting, new CorrectionRequested(id.toString(), applicationId, trackingNumber, actor,
                missing, opinion, regionCode, departmentCode, at.channel(), at.at()), CaseAction.REQUEST_CORRECTION,
                state, actor, opinion, Map.of("missingItems", missing));
    }

    /** The applicant answered the correction: back to where the case was, and the clock runs again. */
    public Transition<CorrectionAnswered> answerCorrection(String applicant, String note, Moment at) {
        require(CaseAction.ANSWER_CORRECTION);
        CaseState back = handling.returnState();
        var answered = with(back, acceptedAt, deadline.resume(at.today(), at.calendar()), handling.returned());
        return new Transition<>(answered, new CorrectionAnswered(id.toString(), applicationId, trackingNumber, applicant,
                note, back.name(), regionCode, departmentCode, at.channel(), at.at()), CaseAction.ANSWER_CORRECTION,
                state, applicant, note, Map.of("missingItems", handling.missingItems()));
    }

    /** A reviewer completes the review step the case waits at (审查); the case then waits at the next step. */
    public Transition<CaseReviewed> review(String reviewer, String opinion, Moment at) {
        require(CaseAction.REVIEW);
        requireText("opinion", opinion);
        String step = currentStep();
        List<String> steps = steps();
        String next = steps.get(steps.indexOf(step) + 1);
        var reviewed = with(CaseState.UNDER_REVIEW, acceptedAt, deadline, handling.atStep(next));
        return new Transition<>(reviewed, new CaseReviewed(id.toString(), applicationId, trackingNumber, step, next,
                reviewer, opinion, regionCode, departmentCode, at.channel(), at.at()), CaseAction.REVIEW, state, reviewer,
                opinion, Map.of("step", step, "nextStep", next));
    }

    /** Suspends review (挂起), e.g. for a hearing or an expert opinion; the clock pauses. */
    public Transition<CaseSuspended> suspend(String actor, String reason, Moment at) {
        require(CaseAction.SUSPEND);
        requireText("reason", reason);
        var suspended = with(CaseState.SUSPENDED, acceptedAt, deadline.pause(at.today()), handling.suspendedFrom(state));
        return new Transition<>(suspended, new CaseSuspended(id.toString(), applicationId, trackingNumber, actor, reason,
                regionCode, departmentCode, at.channel(), at.at()), CaseAction.SUSPEND, state, actor, reason, Map.of());
    }

    /** Resumes a suspended case where it was; the clock runs again. */
    public Transition<CaseResumed> resume(String actor, String opinion, Moment at) {
        require(CaseAction.RESUME);
        CaseState back = handling.returnState();
        var resumed = with(back, acceptedAt, deadline.resume(at.today(), at.calendar()), handling.returned());
        return new Transition<>(resumed, new CaseResumed(id.toString(), applicationId, trackingNumber, actor, opinion,
                back.name(), regionCode, departmentCode, at.channel(), at.at()), CaseAction.RESUME, state, actor, opinion,
                Map.of());
    }

    /** The approver decides (办结): approved, or denied with the reasons; the clock stops. */
    public Transition<CaseConcluded> conclude(String approver, Outcome outcome, String reasons, Moment at) {
        require(CaseAction.CONCLUDE);
        if (outcome == null) {
            throw new RuleViolation("outcome", "must be APPROVED or DENIED");
        }
        if (outcome == Outcome.DENIED) {
            requireText("reasons", reasons);
        }
        var concluded = with(CaseState.CONCLUDED, acceptedAt, deadline.stop(at.today(), at.calendar()),
                handling.decided(outcome, reasons));
        Deadline.Reading clock = concluded.deadline.read(at.today(), at.calendar());
        return new Transition<>(concluded, new CaseConcluded(id.toString(), applicationId, trackingNumber, outcome.name(),
                reasons, approver, itemCode, itemVersion, itemName, applicantId, applicantName, regionCode,
                departmentCode, at.channel(), at.at(), clock.limitWorkingDays(), clock.usedWorkingDays(),
                !clock.overdue()), CaseAction.CONCLUDE, state, approver, reasons,
                Map.of("outcome", outcome.name()));
    }

    /** The result reached the applicant (送达): online, by post or picked up in the hall. */
    public Transition<CaseDelivered> deliver(String clerk, DeliveryMethod method, String note, Moment at) {
        require(CaseAction.DELIVER);
        if (method == null) {
            throw new RuleViolation("method", "must be ONLINE, POST or HALL");
        }
        var delivered = with(CaseState.DELIVERED, acceptedAt, deadline, handling.deliveredBy(method));
        return new Transition<>(delivered, new CaseDelivered(id.toString(), applicationId, trackingNumber, method.name(),
                clerk, note, regionCode, departmentCode, at.channel(), at.at()), CaseAction.DELIVER, state, clerk, note,
                Map.of("method", method.name()));
    }

    /** The applicant withdraws (撤回), at any time before the case is concluded; the clock stops. */
    public Transition<CaseWithdrawn> withdraw(String applicant, String reason, Moment at) {
        require(CaseAction.WITHDRAW);
        var withdrawn = with(CaseState.WITHDRAWN, acceptedAt, deadline.stop(at.today(), at.calendar()),
                handling.returned());
        return new Transition<>(withdrawn, new CaseWithdrawn(id.toString(), applicationId, trackingNumber, applicant,
                reason, regionCode, departmentCode, at.channel(), at.at()), CaseAction.WITHDRAW, state, applicant, reason,
                Map.of());
    }

    /** The same case with another assignee. */
    public CaseFile assignedTo(String staff) {
        return new CaseFile(id, applicationId, trackingNumber, itemCode, itemVersion, itemName, applicantId,
                applicantName, regionCode, departmentCode, channel, state, receivedAt, acceptedAt, deadline, handling,
                staff, reviewSteps, certificateNumber, rowVersion);
    }

    /** What can be done to the case now. */
    public List<CaseAction> allowedActions() {
        return switch (state) {
            case SUBMITTED -> List.of(CaseAction.ACCEPT, CaseAction.NOT_ACCEPT, CaseAction.WITHDRAW);
            case ACCEPTED -> List.of(CaseAction.REVIEW, CaseAction.REQUEST_CORRECTION, CaseAction.WITHDRAW);
            case UNDER_REVIEW -> List.of(atLastStep() ? CaseAction.CONCLUDE : CaseAction.REVIEW,
                    CaseAction.REQUEST_CORRECTION, CaseAction.SUSPEND, CaseAction.WITHDRAW);
            case CORRECTION_REQUESTED -> List.of(CaseAction.ANSWER_CORRECTION, CaseAction.WITHDRAW);
            case SUSPENDED -> List.of(CaseAction.RESUME, CaseAction.WITHDRAW);
            case CONCLUDED -> List.of(CaseAction.DELIVER);
            case NOT_ACCEPTED, DELIVERED, WITHDRAWN -> List.of();
        };
    }

    /** The names of {@link #allowedActions()}, as the API spells them. */
    public List<String> allowedActionNames() {
        return allowedActions().stream().map(CaseAction::pathName).toList();
    }

    /**
     * The steps of the review, in order, each completed by one review action: the item's REVIEW
     * steps (or one {@value #REVIEW} step when it names none), then the {@value #DECISION}, at which
     * the approver concludes.
     */
    public List<String> steps() {
        List<String> steps = new ArrayList<>(reviewSteps.isEmpty() ? List.of(REVIEW) : reviewSteps);
        steps.add(DECISION);
        return steps;
    }

    /** The review step the case waits at: the first before review began, none once decided. */
    public String currentStep() {
        if (state == CaseState.ACCEPTED) {
            return steps().get(0);
        }
        return handling.reviewStep();
    }

    private boolean atLastStep() {
        return DECISION.equals(handling.reviewStep());
    }

    /** Step names as given, a repeated name (or the reserved {@value #DECISION}) numbered so that each step is one. */
    private static List<String> uniqueNames(List<String> names) {
        List<String> unique = new ArrayList<>();
        if (names == null) {
            return unique;
        }
        for (String name : names) {
            String base = name == null || name.isBlank() ? REVIEW : name.trim();
            String candidate = base;
            for (int n = 2; unique.contains(candidate) || DECISION.equals(candidate); n++) {
                candidate = base + " (" + n + ")";
            }
            unique.add(candidate);
        }
        return unique;
    }

    private void require(CaseAction action) {
        if (!allowedActions().contains(action)) {
            Map<String, Object> properties = new LinkedHashMap<>();
            properties.put("state", state.name());
            properties.put("allowedActions", allowedActionNames());
            throw new StateConflict("A case that is " + state + " does not allow '" + action.pathName() + "'",
                    properties);
        }
    }

    private static void requireText(String field, String value) {
        if (value == null || value.isBlank()) {
            throw new RuleViolation(field, "must not be blank");
        }
    }

    private static List<String> everyItemOnce(List<String> items) {
        if (items == null || items.isEmpty()) {
            throw new RuleViolation("missingItems",
                    "list every missing material or field, all at once (一次性告知)");
        }
        var distinct = new LinkedHashSet<String>();
        for (String item : items) {
            if (item == null || item.isBlank()) {
                throw new RuleViolation("missingItems", "must not contain blank entries");
            }
            distinct.add(item.trim());
        }
        return new ArrayList<>(distinct);
    }

    private CaseFile with(CaseState newState, Instant accepted, Deadline newDeadline, Handling newHandling) {
        return new CaseFile(id, applicationId, trackingNumber, itemCode, itemVersion, itemName, applicantId,
                applicantName, regionCode, departmentCode, channel, newState, receivedAt, accepted, newDeadline,
                newHandling, assignee, reviewSteps, certificateNumber, rowVersion);
    }

    public record Received(CaseFile file, CaseReceived event) {
    }

    /**
     * One action's result: the changed case, the event to publish, and what goes into the case's
     * history (who, from which state, the opinion or reason, and structured details).
     */
    public record Transition<E extends CaseEvent>(CaseFile file, E event, CaseAction action, CaseState from,
                                                  String actor, String opinion, Map<String, Object> details) {
    }
}
