package org.onestop.processing.cases;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BiFunction;
import org.onestop.contracts.Topics;
import org.onestop.contracts.portal.ApplicationSubmitted;
import org.onestop.contracts.processing.CaseAssigned;
import org.onestop.platform.messaging.OutboxWriter;
import org.onestop.platform.problem.BadRequestException;
import org.onestop.platform.problem.ConflictException;
import org.onestop.platform.problem.NotFoundException;
import org.onestop.platform.security.CurrentUser;
import org.onestop.platform.web.PageRequest;
import org.onestop.platform.web.PageResponse;
import org.onestop.platform.web.RequestContext;
import org.onestop.processing.calendar.WorkingDays;
import org.onestop.processing.calendar.domain.WorkingDayCalendar;
import org.onestop.processing.catalog.ItemVersions;
import org.onestop.processing.cases.CaseRepository.HistoryEntry;
import org.onestop.processing.cases.CaseRepository.QueueFilter;
import org.onestop.processing.cases.domain.CaseAction;
import org.onestop.processing.cases.domain.CaseFile;
import org.onestop.processing.cases.domain.CaseRoles;
import org.onestop.processing.cases.domain.Deadline;
import org.onestop.processing.cases.domain.Moment;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Opening cases from applications and acting on them: staff only within their own department
 * and role, the applicant only on their own case. Every action is recorded in the case's
 * history and published on {@code processing.case.v1} in the same transaction.
 */
@Service
class CaseHandling {

    private static final Logger log = LoggerFactory.getLogger(CaseHandling.class);

    private final CaseRepository cases;
    private final OutboxWriter outbox;
    private final WorkingDays workingDays;
    private final ItemVersions items;
    private final ProcessingProperties properties;
    private final Clock clock;

    CaseHandling(CaseRepository cases, OutboxWriter outbox, WorkingDays workingDays, ItemVersions items,
                 ProcessingProperties properties, Clock clock) {
        this.cases = cases;
        this.outbox = outbox;
        this.workingDays = workingDays;
        this.items = items;
        this.properties = properties;
        this.clock = clock;
    }

    /**
     * Opens a case for the application unless it has one already, timed by the promised limit of
     * the item version it was submitted under. Runs in the listener's transaction.
     */
    void open(ApplicationSubmitted submitted) {
        var limit = items.promisedLimitDays(submitted.itemCode(), submitted.itemVersion());
        if (limit.isEmpty()) {
            log.warn("Item {} version {} is unknown here; case of {} timed by the default limit of {} working days",
                    submitted.itemCode(), submitted.itemVersion(), submitted.trackingNumber(),
                    properties.defaultLimitDays());
        }
        Deadline deadline = Deadline.notStarted(limit.orElse(properties.defaultLimitDays()), properties.warningShare(),
                limit.isEmpty());
        CaseFile.Received received = CaseFile.receive(submitted, deadline, clock.instant());
        if (cases.insertIfNew(received.file())) {
            cases.recordAction(received.file().id(), "receive", "system", null, null, received.file().state(), Map.of(),
                    received.file().receivedAt());
            outbox.append(Topics.CASE, received.event());
        }
    }

    /**
     * Takes one action on a case: the actor must see the case (404 otherwise) and own the action
     * (403), the version they saw must be current (409), and the state must allow it (409).
     */
    @Transactional
    ShownCase act(UUID id, CurrentUser actor, CaseAction action, Long expectedVersion,
                  BiFunction<CaseFile, Moment, CaseFile.Transition<?>> step) {
        CaseFile file = action.byApplicant() ? applicantsCase(id, actor) : departmentCase(id, actor);
        if (!action.byApplicant() && !action.allowedTo(actor.roles())) {
            throw new AccessDeniedException("'" + action.pathName() + "' is not for your role");
        }
        requireVersion(file, expectedVersion);
        WorkingDayCalendar calendar = workingDays.of(file.regionCode());
        Moment now = new Moment(clock.instant(), RequestContext.channel(), calendar);
        CaseFile.Transition<?> done = step.apply(file, now);
        cases.update(done.file());
        cases.recordAction(id, action.pathName(), done.actor(), done.opinion(), done.from(), done.file().state(),
                done.details(), now.at());
        outbox.append(Topics.CASE, done.event());
        return show(cases.find(id).orElseThrow(), calendar, now.today());
    }

    /** A member of the department's handling staff takes an open case for themselves. */
    @Transactional
    ShownCase claim(UUID id, CurrentUser staff, Long expectedVersion) {
        CaseFile file = departmentCase(id, staff);
        if (!staff.hasRole(CaseRoles.CLERK) && !staff.hasRole(CaseRoles.REVIEWER) && !staff.hasRole(CaseRoles.APPROVER)) {
            throw new AccessDeniedException("Only clerks, reviewers and approvers claim cases");
        }
        if (file.assignee() != null && !file.assignee().equals(staff.username())) {
            throw new ConflictException("The case is already claimed by " + file.assignee(),
                    Map.of("assignee", file.assignee()));
        }
        return assign(file, staff.username(), staff, "claim", expectedVersion);
    }

    /** A supervisor of the department hands a case to a member of staff. */
    @Transactional
    ShownCase assignTo(UUID id, String assignee, CurrentUser supervisor, Long expectedVersion) {
        CaseFile file = departmentCase(id, supervisor);
        if (!supervisor.hasRole(CaseRoles.SUPERVISOR)) {
            throw new AccessDeniedException("Only a supervisor assigns cases");
        }
        if (assignee == null || assignee.isBlank()) {
            throw new BadRequestException("assignee", "must not be blank");
        }
        return assign(file, assignee.trim(), supervisor, "assign", expectedVersion);
    }

    private ShownCase assign(CaseFile file, String assignee, CurrentUser by, String action, Long expectedVersion) {
        requireVersion(file, expectedVersion);
        if (file.allowedActions().isEmpty()) {
            throw new ConflictException("A case that is " + file.state() + " is closed",
                    Map.of("state", file.state().name(), "allowedActions", List.of()));
        }
        var now = clock.instant();
        cases.update(file.assignedTo(assignee));
        cases.recordAction(file.id(), action, by.username(), null, file.state(), file.state(),
                Map.of("assignee", assignee), now);
        outbox.append(Topics.CASE, new CaseAssigned(file.id().toString(), file.applicationId(), file.trackingNumber(),
                assignee, by.username(), file.regionCode(), file.departmentCode(), RequestContext.channel(), now));
        return show(cases.find(file.id()).orElseThrow(), workingDays.of(file.regionCode()), today());
    }

    @Transactional(readOnly = true)
    ShownCase find(UUID id, CurrentUser staff) {
        CaseFile file = departmentCase(id, staff);
        return show(file, workingDays.of(file.regionCode()), today());
    }

    @Transactional(readOnly = true)
    PageResponse<HistoryEntry> history(UUID id, CurrentUser staff, PageRequest page) {
        departmentCase(id, staff);
        return PageResponse.of(cases.history(id, page), page, cases.historySize(id));
    }

    @Transactional(readOnly = true)
    PageResponse<ShownCase> queue(CurrentUser staff, QueueFilter filter, PageRequest page) {
        requireDepartment(staff);
        LocalDate today = today();
        Map<String, WorkingDayCalendar> calendars = new HashMap<>();
        List<ShownCase> shown = cases.queue(staff.department(), filter, today, page).stream()
                .map(file -> show(file, calendars.computeIfAbsent(file.regionCode(), workingDays::of), today))
                .toList();
        return PageResponse.of(shown, page, cases.queueSize(staff.department(), filter, today));
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), Moment.ZONE);
    }

    private static ShownCase show(CaseFile file, WorkingDayCalendar calendar, LocalDate today) {
        return new ShownCase(file, file.deadline().read(today, calendar));
    }

    private static void requireVersion(CaseFile file, Long expectedVersion) {
        if (expectedVersion != null && expectedVersion != file.rowVersion()) {
            throw new ConflictException("The case changed since you read it (version " + file.rowVersion() + ")",
                    Map.of("version", file.rowVersion()));
        }
    }

    /** Staff see only their department's cases; another department's case does not exist for them. */
    private CaseFile departmentCase(UUID id, CurrentUser staff) {
        requireDepartment(staff);
        return cases.find(id)
                .filter(file -> file.departmentCode().equals(staff.department()))
                .orElseThrow(() -> new NotFoundException("No case " + id + " in your department"));
    }

    /** An applicant sees only their own case. */
    private CaseFile applicantsCase(UUID id, CurrentUser applicant) {
        return cases.find(id)
                .filter(file -> file.applicantId().equals(applicant.id()))
                .orElseThrow(() -> new NotFoundException("No case " + id + " of yours"));
    }

    private static void requireDepartment(CurrentUser staff) {
        if (staff.department() == null) {
            throw new AccessDeniedException("Only staff of a department handle cases");
        }
    }

    /** A case with its clock read for today. */
    record ShownCase(CaseFile file, Deadline.Reading deadline) {
    }
}
