package org.onestop.processing.cases;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import org.onestop.contracts.Topics;
import org.onestop.contracts.portal.ApplicationSubmitted;
import org.onestop.platform.messaging.OutboxWriter;
import org.onestop.platform.problem.ConflictException;
import org.onestop.platform.problem.NotFoundException;
import org.onestop.platform.security.CurrentUser;
import org.onestop.platform.web.PageRequest;
import org.onestop.platform.web.PageResponse;
import org.onestop.platform.web.RequestContext;
import org.onestop.processing.cases.domain.CaseFile;
import org.onestop.processing.cases.domain.CaseState;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Opening cases from applications and acting on them, within the actor's own department. */
@Service
class CaseHandling {

    private final CaseRepository cases;
    private final OutboxWriter outbox;
    private final Clock clock = Clock.systemUTC();

    CaseHandling(CaseRepository cases, OutboxWriter outbox) {
        this.cases = cases;
        this.outbox = outbox;
    }

    /** Opens a case for the application unless it has one already. Runs in the listener's transaction. */
    void open(ApplicationSubmitted submitted) {
        CaseFile.Received received = CaseFile.receive(submitted, clock.instant());
        if (cases.insertIfNew(received.file())) {
            cases.recordAction(received.file().id(), "receive", "system", null, received.file().receivedAt());
            outbox.append(Topics.CASE, received.event());
        }
    }

    @Transactional
    CaseFile accept(UUID id, CurrentUser clerk, String opinion, Long expectedVersion) {
        CaseFile file = ownCase(id, clerk);
        if (expectedVersion != null && expectedVersion != file.rowVersion()) {
            throw new ConflictException("The case changed since you read it (version " + file.rowVersion() + ")");
        }
        Instant now = clock.instant();
        CaseFile.Accepted accepted = file.accept(clerk.username(), opinion, RequestContext.channel(), now);
        cases.updateState(accepted.file());
        cases.recordAction(id, "accept", clerk.username(), opinion, now);
        outbox.append(Topics.CASE, accepted.event());
        return cases.find(id).orElseThrow();
    }

    @Transactional(readOnly = true)
    CaseFile find(UUID id, CurrentUser staff) {
        return ownCase(id, staff);
    }

    @Transactional(readOnly = true)
    PageResponse<CaseFile> queue(CurrentUser staff, CaseState state, PageRequest page) {
        requireDepartment(staff);
        return PageResponse.of(cases.queue(staff.department(), state, page), page,
                cases.queueSize(staff.department(), state));
    }

    /** Staff see only their department's cases; another department's case does not exist for them. */
    private CaseFile ownCase(UUID id, CurrentUser staff) {
        requireDepartment(staff);
        return cases.find(id)
                .filter(file -> file.departmentCode().equals(staff.department()))
                .orElseThrow(() -> new NotFoundException("No case " + id + " in your department"));
    }

    private static void requireDepartment(CurrentUser staff) {
        if (staff.department() == null) {
            throw new AccessDeniedException("Only staff of a department handle cases");
        }
    }
}
