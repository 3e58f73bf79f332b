package org.onestop.processing.cases;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.BiFunction;
import org.onestop.contracts.Topics;
import org.onestop.contracts.datasharing.CertificateIssued;
import org.onestop.contracts.portal.ApplicationCorrected;
import org.onestop.contracts.portal.ApplicationSubmitted;
import org.onestop.contracts.portal.ApplicationWithdrawn;
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
import org.onestop.processing.catalog.ItemVersions.Snapshot;
import org.onestop.processing.cases.CaseRepository.HistoryEntry;
import org.onestop.processing.cases.CaseRepository.QueueFilter;
import org.onestop.processing.cases.domain.CaseAction;
import org.onestop.processing.cases.domain.CaseFile;
import org.onestop.processing.cases.domain.CaseRoles;
import org.onestop.processing.cases.domain.Deadline;
import org.onestop.processing.cases.domain.Moment;
import org.onestop.processing.materials.CaseMaterials;
import org.onestop.processing.materials.MaterialVerification;
import org.onestop.processing.materials.domain.Material;
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
    private final CaseMaterials materials;
    private final MaterialVerification verification;
    private final ProcessingProperties properties;
    private final Clock clock;

    CaseHandling(CaseRepository cases, OutboxWriter outbox, WorkingDays workingDays, ItemVersions items,
                 CaseMaterials materials, MaterialVerification verification, ProcessingProperties properties,
                 Clock clock) {
        this.cases = cases;
        this.materials = materials;
        this.verification = verification;
        this.outbox = outbox;
        this.workingDays = workingDays;
        this.items = items;
        this.properties = properties;
        this.clock = clock;
    }

    /**
     * Opens a case for the application unless it has one already, timed by the promised limit of
     * the item version it was submitted under and reviewed in that version's REVIEW steps, with
     * the materials handed in. Runs in the listener's transaction; returns the case if it is new.
     */
    Optional<CaseFile> open(ApplicationSubmitted submitted) {
        Optional<Snapshot> version = items.snapshot(submitted.itemCode(), submitted.itemVersion());
        if (version.isEmpty()) {
            log.warn("Item {} version {} is unknown here; case of {} timed by the default limit of {} working days",
                    submitted.itemCode(), submitted.itemVersion(), submitted.trackingNumber(),
                    properties.defaultLimitDays());
        }
        Deadline deadline = Deadline.notStarted(version.map(Snapshot::promisedLimitDays)
                .orElse(properties.defaultLimitDays()), properties.warningShare(), version.isEmpty());
        CaseFile.Received received = CaseFile.receive(submitted, deadline,
                version.map(Snapshot::reviewSteps).orElse(List.of()), clock.instant());
        CaseFile file = received.file();
        if (!cases.insertIfNew(file)) {
            return Optional.empty();
        }
        cases.recordAction(file.id(), "receive", "system", null, null, file.state(),
                Map.of("materials", submitted.materials().size()), file.receivedAt());
        materials.record(file.id(), 0, submitted.materials(), file.receivedAt());
        outbox.append(Topics.CASE, received.event());
        return Optional.of(file);
    }

    /**
     * The applicant answered the correction request through the portal: the same action as their
     * own {@code answer-correction} call, and the materials they handed in are added to the case
     * under this correction round. Runs in the listener's transaction; returns the case if it applied.
     */
    Optional<CaseFile> answerCorrection(ApplicationCorrected corrected) {
        Optional<CaseFile> answered = actForApplicant(corrected.applicationId(), corrected.applicantId(),
                CaseAction.ANSWER_CORRECTION, corrected.eventType(), corrected.note(),
                (file, at) -> file.answerCorrection(corrected.applicantId(), corrected.note(), at));
        answered.ifPresent(file -> materials.record(file.id(), file.handling().correctionRounds(),
                corrected.materials(), clock.instant()));
        return answered;
    }

    /** The applicant withdrew through the portal: the same action as their own {@code withdraw} call. */
    Optional<CaseFile> withdraw(ApplicationWithdrawn withdrawn) {
        return actForApplicant(withdrawn.applicationId(), withdrawn.applicantId(), CaseAction.WITHDRAW,
                withdrawn.eventType(), withdrawn.reason(),
                (file, at) -> file.withdraw(withdrawn.applicantId(), withdrawn.reason(), at));
    }

    /**
     * An applicant's action reported by an event. An event that no longer applies (the case was
     * concluded or withdrawn meanwhile) is noted in the case's history as {@code skipped} and
     * dropped, so that it is neither retried nor dead-lettered; an event naming a case that does
     * not exist or another applicant is logged and dropped.
     */
    private Optional<CaseFile> actForApplicant(String applicationId, String applicantId, CaseAction action,
                                               String eventType, String note,
                                               BiFunction<CaseFile, Moment, CaseFile.Transition<?>> step) {
        Optional<CaseFile> found = cases.findByApplication(applicationId)
                .filter(file -> file.applicantId().equals(applicantId));
        if (found.isEmpty()) {
            log.warn("Skipping {}: no case of application {} for that applicant", eventType, applicationId);
            return Optional.empty();
        }
        CaseFile file = found.get();
        if (!file.allowedActions().contains(action)) {
            Map<String, Object> details = new LinkedHashMap<>();
            details.put("event", eventType);
            details.put("requestedAction", action.pathName());
            details.put("reason", "a case that is " + file.state() + " does not allow '" + action.pathName() + "'");
            cases.recordAction(file.id(), "skipped", applicantId, note, file.state(), file.state(), details,
                    clock.instant());
            log.info("Skipping {} on case {}: it is {}", eventType, file.id(), file.state());
            return Optional.empty();
        }
        return Optional.of(take(file, action, step).file());
    }

    /** The certificate the case's approval produced was issued: its number is kept on the case and in its history. */
    void noteCertificate(CertificateIssued issued) {
        Optional<CaseFile> source = caseId(issued.sourceCaseId()).flatMap(cases::find);
        if (source.isEmpty()) {
            log.debug("Certificate {} comes from no case of ours", issued.number());
            return;
        }
        CaseFile file = source.get();
        if (cases.recordCertificate(file.id(), issued.number())) {
            cases.recordAction(file.id(), "certificate-issued", "data-sharing", null, file.state(), file.state(),
                    Map.of("certificateNumber", issued.number(), "certificateType", issued.certificateType()),
                    clock.instant());
        }
    }

    private static Optional<UUID> caseId(String sourceCaseId) {
        if (sourceCaseId == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(UUID.fromString(sourceCaseId));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
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
        return take(file, action, step);
    }

    /** The one way an action is taken, whoever asked for it: the state changes, the history and the event together. */
    private ShownCase take(CaseFile file, CaseAction action, BiFunction<CaseFile, Moment, CaseFile.Transition<?>> step) {
        WorkingDayCalendar calendar = workingDays.of(file.regionCode());
        Moment now = new Moment(clock.instant(), RequestContext.channel(), calendar);
        CaseFile.Transition<?> done = step.apply(file, now);
        cases.update(done.file());
        cases.recordAction(file.id(), action.pathName(), done.actor(), done.opinion(), done.from(), done.file().state(),
                done.details(), now.at());
        outbox.append(Topics.CASE, done.event());
        return show(cases.find(file.id()).orElseThrow(), calendar, now.today());
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

    /**
     * A case as staff open it: certificate references the registry has not answered yet and that
     * are due are checked first, with the staff member's own token (outside any transaction; an
     * unreachable registry leaves them UNVERIFIED and the case is shown all the same).
     */
    ShownCase open(UUID id, CurrentUser staff, String bearerToken) {
        ShownCase shown = find(id, staff);
        if (shown.materials().stream().noneMatch(Material::awaitsRegistry)) {
            return shown;
        }
        verification.checkDue(id, shown.file().applicantId(), bearerToken);
        return find(id, staff);
    }

    /** A member of the department's handling staff has a certificate reference checked with the registry now. */
    Material verifyMaterial(UUID id, UUID materialId, CurrentUser staff, String bearerToken) {
        CaseFile file = departmentCase(id, staff);
        if (!staff.hasRole(CaseRoles.CLERK) && !staff.hasRole(CaseRoles.REVIEWER) && !staff.hasRole(CaseRoles.APPROVER)) {
            throw new AccessDeniedException("Only clerks, reviewers and approvers have materials verified");
        }
        return verification.checkNow(file.id(), materialId, file.applicantId(), bearerToken);
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
        List<CaseFile> files = cases.queue(staff.department(), filter, today, page);
        Map<UUID, List<Material>> byCase = materials.ofCases(files.stream().map(CaseFile::id).toList());
        List<ShownCase> shown = files.stream()
                .map(file -> new ShownCase(file,
                        file.deadline().read(today, calendars.computeIfAbsent(file.regionCode(), workingDays::of)),
                        byCase.getOrDefault(file.id(), List.of())))
                .toList();
        return PageResponse.of(shown, page, cases.queueSize(staff.department(), filter, today));
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), Moment.ZONE);
    }

    private ShownCase show(CaseFile file, WorkingDayCalendar calendar, LocalDate today) {
        return new ShownCase(file, file.deadline().read(today, calendar), materials.of(file.id()));
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

    /** A case with its clock read for today and its materials. */
    record ShownCase(CaseFile file, Deadline.Reading deadline, List<Material> materials) {
    }
}
