package org.onestop.processing.cases;

import static org.onestop.platform.web.EntityTags.expected;
import static org.springframework.http.HttpHeaders.IF_MATCH;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.onestop.platform.security.CurrentUser;
import org.onestop.platform.web.PageRequest;
import org.onestop.platform.web.PageResponse;
import org.onestop.platform.web.Versioned;
import org.onestop.processing.cases.CaseHandling.ShownCase;
import org.onestop.processing.cases.CaseRepository.HistoryEntry;
import org.onestop.processing.cases.CaseRepository.QueueFilter;
import org.onestop.processing.cases.domain.CaseAction;
import org.onestop.processing.cases.domain.CaseFile;
import org.onestop.processing.cases.domain.CaseState;
import org.onestop.processing.cases.domain.Deadline;
import org.onestop.processing.cases.domain.Handling.DeliveryMethod;
import org.onestop.processing.cases.domain.Handling.Outcome;
import org.onestop.processing.materials.domain.Material;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * A department's work queue and the staff's actions on its cases. Which role owns which action
 * is {@link CaseAction}'s business. A case answers with its version as the ETag; every action may name
 * the version the actor saw in {@code If-Match} (a stale one gets 409), or, deprecated, as
 * {@code expectedVersion} in the body ({@link org.onestop.platform.web.EntityTags}).
 */
@RestController
@RequestMapping("/api/processing/v1/cases")
@PreAuthorize("hasRole('STAFF')")
class CaseController {

    private final CaseHandling cases;

    CaseController(CaseHandling cases) {
        this.cases = cases;
    }

    @GetMapping
    PageResponse<CaseView> queue(@RequestParam(required = false) CaseState state,
                                 @RequestParam(required = false) String itemCode,
                                 @RequestParam(required = false) String assignee,
                                 @RequestParam(required = false) LocalDate dueBefore,
                                 @RequestParam(required = false) Boolean overdue,
                                 @RequestParam(required = false) Boolean earlyWarning,
                                 @RequestParam(required = false) Integer page,
                                 @RequestParam(required = false) Integer size,
                                 @AuthenticationPrincipal Jwt jwt) {
        var filter = new QueueFilter(state, itemCode, assignee, dueBefore, overdue, earlyWarning);
        CurrentUser user = CurrentUser.of(jwt);
        return cases.queue(user, filter, PageRequest.of(page, size)).map(shown -> CaseView.of(shown, user));
    }

    /** One case; certificate references the registry has not answered yet are checked first, as the caller. */
    @GetMapping("/{id}")
    CaseView get(@PathVariable UUID id, @AuthenticationPrincipal Jwt jwt) {
        CurrentUser user = CurrentUser.of(jwt);
        return CaseView.of(cases.open(id, user, jwt.getTokenValue()), user);
    }

    /**
     * Has a material supplied by an e-certificate checked with data-sharing's registry now, as the
     * caller (CLERK, REVIEWER or APPROVER of the case's department). The answer is recorded even
     * when the registry cannot be reached (UNVERIFIED, with the reason), so this never fails for that.
     */
    @PostMapping("/{id}/materials/{materialId}/verification")
    MaterialView verifyMaterial(@PathVariable UUID id, @PathVariable UUID materialId,
                                @AuthenticationPrincipal Jwt jwt) {
        return MaterialView.of(cases.verifyMaterial(id, materialId, CurrentUser.of(jwt), jwt.getTokenValue()));
    }

    @GetMapping("/{id}/history")
    PageResponse<HistoryEntry> history(@PathVariable UUID id, @RequestParam(required = false) Integer page,
                                       @RequestParam(required = false) Integer size, @AuthenticationPrincipal Jwt jwt) {
        return cases.history(id, CurrentUser.of(jwt), PageRequest.of(page, size));
    }

    @PostMapping("/{id}/accept")
    CaseView accept(@PathVariable UUID id, @Valid @RequestBody(required = false) Opinion body,
            @RequestHeader(name = IF_MATCH, required = false) String ifMatch, @AuthenticationPrincipal Jwt jwt) {
        Opinion given = body == null ? new Opinion(null, null) : body;
        CurrentUser user = CurrentUser.of(jwt);
        return CaseView.of(cases.act(id, user, CaseAction.ACCEPT, expected(ifMatch, given.expectedVersion()),
                (file, at) -> file.accept(user.username(), given.opinion(), at)), user);
    }

    @PostMapping("/{id}/not-accept")
    CaseView notAccept(@PathVariable UUID id, @Valid @RequestBody Reason body,
            @RequestHeader(name = IF_MATCH, required = false) String ifMatch, @AuthenticationPrincipal Jwt jwt) {
        CurrentUser user = CurrentUser.of(jwt);
        return CaseView.of(cases.act(id, user, CaseAction.NOT_ACCEPT, expected(ifMatch, body.expectedVersion()),
                (file, at) -> file.notAccept(user.username(), body.reason(), at)), user);
    }

    @PostMapping("/{id}/request-correction")
    CaseView requestCorrection(@PathVariable UUID id, @Valid @RequestBody CorrectionRequest body,
            @RequestHeader(name = IF_MATCH, required = false) String ifMatch, @AuthenticationPrincipal Jwt jwt) {
        CurrentUser user = CurrentUser.of(jwt);
        return CaseView.of(cases.act(id, user, CaseAction.REQUEST_CORRECTION, expected(ifMatch, body.expectedVersion()),
                (file, at) -> file.requestCorrection(user.username(), body.missingItems(), body.opinion(), at)), user);
    }

    @PostMapping("/{id}/review")
    CaseView review(@PathVariable UUID id, @Valid @RequestBody Opinion body,
            @RequestHeader(name = IF_MATCH, required = false) String ifMatch, @AuthenticationPrincipal Jwt jwt) {
        CurrentUser user = CurrentUser.of(jwt);
        return CaseView.of(cases.act(id, user, CaseAction.REVIEW, expected(ifMatch, body.expectedVersion()),
                (file, at) -> file.review(user.username(), body.opinion(), at)), user);
    }

    @PostMapping("/{id}/suspend")
    CaseView suspend(@PathVariable UUID id, @Valid @RequestBody Reason body,
            @RequestHeader(name = IF_MATCH, required = false) String ifMatch, @AuthenticationPrincipal Jwt jwt) {
        CurrentUser user = CurrentUser.of(jwt);
        return CaseView.of(cases.act(id, user, CaseAction.SUSPEND, expected(ifMatch, body.expectedVersion()),
                (file, at) -> file.suspend(user.username(), body.reason(), at)), user);
    }

    @PostMapping("/{id}/resume")
    CaseView resume(@PathVariable UUID id, @Valid @RequestBody(required = false) Opinion body,
            @RequestHeader(name = IF_MATCH, required = false) String ifMatch, @AuthenticationPrincipal Jwt jwt) {
        Opinion given = body == null ? new Opinion(null, null) : body;
        CurrentUser user = CurrentUser.of(jwt);
        return CaseView.of(cases.act(id, user, CaseAction.RESUME, expected(ifMatch, given.expectedVersion()),
                (file, at) -> file.resume(user.username(), given.opinion(), at)), user);
    }

    @PostMapping("/{id}/conclude")
    CaseView conclude(@PathVariable UUID id, @Valid @RequestBody Decision body,
            @RequestHeader(name = IF_MATCH, required = false) String ifMatch, @AuthenticationPrincipal Jwt jwt) {
        CurrentUser user = CurrentUser.of(jwt);
        return CaseView.of(cases.act(id, user, CaseAction.CONCLUDE, expected(ifMatch, body.expectedVersion()),
                (file, at) -> file.conclude(user.username(), body.outcome(), body.reasons(), at)), user);
    }

    @PostMapping("/{id}/deliver")
    CaseView deliver(@PathVariable UUID id, @Valid @RequestBody Delivery body,
            @RequestHeader(name = IF_MATCH, required = false) String ifMatch, @AuthenticationPrincipal Jwt jwt) {
        CurrentUser user = CurrentUser.of(jwt);
        return CaseView.of(cases.act(id, user, CaseAction.DELIVER, expected(ifMatch, body.expectedVersion()),
                (file, at) -> file.deliver(user.username(), body.method(), body.note(), at)), user);
    }

    @PostMapping("/{id}/claim")
    CaseView claim(@PathVariable UUID id, @RequestBody(required = false) Opinion body,
            @RequestHeader(name = IF_MATCH, required = false) String ifMatch, @AuthenticationPrincipal Jwt jwt) {
        CurrentUser user = CurrentUser.of(jwt);
        return CaseView.of(cases.claim(id, user, expected(ifMatch, body == null ? null : body.expectedVersion())),
                user);
    }

    @PostMapping("/{id}/assign")
    CaseView assign(@PathVariable UUID id, @Valid @RequestBody Assignment body,
            @RequestHeader(name = IF_MATCH, required = false) String ifMatch, @AuthenticationPrincipal Jwt jwt) {
        CurrentUser user = CurrentUser.of(jwt);
        return CaseView.of(cases.assignTo(id, body.assignee(), user, expected(ifMatch, body.expectedVersion())),
                user);
    }

    record Opinion(@Size(max = 2000) String opinion, Long expectedVersion) {
    }

    record Reason(@Size(max = 2000) String reason, Long expectedVersion) {
    }

    /** Everything missing, in one request (一次性告知). */
    record CorrectionRequest(@Size(max = 50) List<@Size(max = 500) String> missingItems, @Size(max = 2000) String opinion,
                             Long expectedVersion) {
    }

    record Decision(Outcome outcome, @Size(max = 2000) String reasons, Long expectedVersion) {
    }

    record Delivery(DeliveryMethod method, @Size(max = 2000) String note, Long expectedVersion) {
    }

    record Assignment(@Size(max = 100) String assignee, Long expectedVersion) {
    }

    /**
     * A material as staff see it; {@code verification} is UPLOADED, PENDING, VERIFIED, UNVERIFIED
     * (registry not reached, checked again later) or REJECTED, with the reason.
     */
    record MaterialView(String id, String name, int correctionRound, String certificateType, String certificateNumber,
                        String fileId, String fileName, String contentType, long sizeBytes, String sha256,
                        String verification, String verificationReason, Instant checkedAt) {

        static MaterialView of(Material m) {
            return new MaterialView(m.id().toString(), m.name(), m.correctionRound(), m.certificateType(),
                    m.certificateNumber(), m.fileId(), m.fileName(), m.contentType(), m.sizeBytes(), m.sha256(),
                    m.verification().name(), m.verificationReason(), m.checkedAt());
        }
    }

    /** A case as staff and applicants see it, with its clock read for today. */
    record CaseView(String id, String applicationId, String trackingNumber, String itemCode, int itemVersion,
                    String itemName, String applicantName, String departmentCode, String channel, String state,
                    List<String> reviewSteps, String reviewStep, List<String> missingItems, int correctionRounds,
                    String outcome, String outcomeReasons, String deliveryMethod, String certificateNumber,
                    String assignee, Instant receivedAt, Instant acceptedAt, Deadline.Reading deadline,
                    List<MaterialView> materials, long version, List<String> allowedActions,
                    List<String> yourActions) implements Versioned {

        @Override
        public long entityVersion() {
            return version;
        }

        /** {@code yourActions}: those of the allowed actions the caller's roles may take now (staff or applicant). */
        static CaseView of(ShownCase shown, CurrentUser caller) {
            CaseFile file = shown.file();
            var handling = file.handling();
            return new CaseView(file.id().toString(), file.applicationId(), file.trackingNumber(), file.itemCode(),
                    file.itemVersion(), file.itemName(), file.applicantName(), file.departmentCode(), file.channel(),
                    file.state().name(), file.steps(), file.currentStep(), handling.missingItems(),
                    handling.correctionRounds(), handling.outcome() == null ? null : handling.outcome().name(),
                    handling.outcomeReasons(),
                    handling.deliveryMethod() == null ? null : handling.deliveryMethod().name(),
                    file.certificateNumber(), file.assignee(), file.receivedAt(), file.acceptedAt(), shown.deadline(),
                    shown.materials().stream().map(MaterialView::of).toList(), file.rowVersion(),
                    file.allowedActionNames(), file.allowedActions().stream()
                            .filter(action -> action.byApplicant() ? isApplicant(caller) : action.allowedTo(caller.roles()))
                            .map(CaseAction::pathName).toList());
        }

        private static boolean isApplicant(CurrentUser caller) {
            return caller.hasRole("CITIZEN") || caller.hasRole("LEGAL_PERSON");
        }
    }
}
