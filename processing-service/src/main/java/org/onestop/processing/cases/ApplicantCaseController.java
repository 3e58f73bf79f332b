package org.onestop.processing.cases;

import static org.onestop.platform.web.EntityTags.expected;
import static org.springframework.http.HttpHeaders.IF_MATCH;

import jakarta.validation.Valid;
import java.util.UUID;
import org.onestop.platform.security.CurrentUser;
import org.onestop.processing.cases.CaseController.CaseView;
import org.onestop.processing.cases.CaseController.Opinion;
import org.onestop.processing.cases.CaseController.Reason;
import org.onestop.processing.cases.domain.CaseAction;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * What the applicant does on their own case (the token's {@code sub} is the case's applicant
 * id; anyone else's case is a 404). The portal calls these on the applicant's behalf.
 */
@RestController
@RequestMapping("/api/processing/v1/cases")
@PreAuthorize("hasAnyRole('CITIZEN', 'LEGAL_PERSON')")
class ApplicantCaseController {

    private final CaseHandling cases;

    ApplicantCaseController(CaseHandling cases) {
        this.cases = cases;
    }

    /** The applicant has supplied what the correction request listed; {@code opinion} is their note. */
    @PostMapping("/{id}/answer-correction")
    CaseView answerCorrection(@PathVariable UUID id, @Valid @RequestBody(required = false) Opinion body,
            @RequestHeader(name = IF_MATCH, required = false) String ifMatch, @AuthenticationPrincipal Jwt jwt) {
        Opinion given = body == null ? new Opinion(null, null) : body;
        CurrentUser applicant = CurrentUser.of(jwt);
        return CaseView.of(cases.act(id, applicant, CaseAction.ANSWER_CORRECTION,
                expected(ifMatch, given.expectedVersion()),
                (file, at) -> file.answerCorrection(applicant.id(), given.opinion(), at)), applicant);
    }

    @PostMapping("/{id}/withdraw")
    CaseView withdraw(@PathVariable UUID id, @Valid @RequestBody(required = false) Reason body,
            @RequestHeader(name = IF_MATCH, required = false) String ifMatch, @AuthenticationPrincipal Jwt jwt) {
        Reason given = body == null ? new Reason(null, null) : body;
        CurrentUser applicant = CurrentUser.of(jwt);
        return CaseView.of(cases.act(id, applicant, CaseAction.WITHDRAW, expected(ifMatch, given.expectedVersion()),
                (file, at) -> file.withdraw(applicant.id(), given.reason(), at)), applicant);
    }
}
