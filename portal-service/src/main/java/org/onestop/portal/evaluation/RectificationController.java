package org.onestop.portal.evaluation;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.onestop.platform.security.CurrentUser;
import org.onestop.platform.web.PageRequest;
import org.onestop.platform.web.PageResponse;
import org.onestop.portal.evaluation.EvaluationRepository.RectificationFilter;
import org.onestop.portal.evaluation.EvaluationViews.RectificationView;
import org.onestop.portal.evaluation.domain.Rectification.AppealDecision;
import org.onestop.portal.evaluation.domain.Rectification.Outcome;
import org.onestop.portal.evaluation.domain.RectificationStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The department's rectification of bad reviews: staff verify and record, supervisors answer
 * appeals. 403 for anyone but staff; another department's record is 404.
 */
@RestController
@RequestMapping("/api/portal/v1/staff/rectifications")
@PreAuthorize("hasRole('STAFF')")
class RectificationController {

    private final Rectifications rectifications;

    RectificationController(Rectifications rectifications) {
        this.rectifications = rectifications;
    }

    @GetMapping
    PageResponse<RectificationView> list(@RequestParam(required = false) RectificationStatus status,
                                         @RequestParam(required = false) Boolean overdue,
                                         @RequestParam(required = false) Integer page,
                                         @RequestParam(required = false) Integer size,
                                         @AuthenticationPrincipal Jwt jwt) {
        var today = rectifications.today();
        return rectifications.list(CurrentUser.of(jwt), new RectificationFilter(status, overdue),
                PageRequest.of(page, size)).map(r -> RectificationView.of(r, null, today));
    }

    @GetMapping("/{id}")
    RectificationView get(@PathVariable UUID id, @AuthenticationPrincipal Jwt jwt) {
        return RectificationView.of(rectifications.find(id, CurrentUser.of(jwt)), rectifications.today());
    }

    @PostMapping("/{id}/verification")
    RectificationView verify(@PathVariable UUID id, @Valid @RequestBody Verification request,
                             @AuthenticationPrincipal Jwt jwt) {
        return RectificationView.of(rectifications.verify(id, CurrentUser.of(jwt), request.substantiated(),
                request.note()), rectifications.today());
    }

    @PostMapping("/{id}/completion")
    RectificationView complete(@PathVariable UUID id, @Valid @RequestBody Completion request,
                               @AuthenticationPrincipal Jwt jwt) {
        return RectificationView.of(rectifications.complete(id, CurrentUser.of(jwt), Outcome.valueOf(request.outcome()),
                request.text()), rectifications.today());
    }

    @PostMapping("/{id}/appeal-answer")
    @PreAuthorize("hasRole('STAFF') and hasRole('SUPERVISOR')")
    RectificationView answerAppeal(@PathVariable UUID id, @Valid @RequestBody AppealAnswer request,
                                   @AuthenticationPrincipal Jwt jwt) {
        return RectificationView.of(rectifications.answerAppeal(id, CurrentUser.of(jwt),
                AppealDecision.valueOf(request.decision()), request.answer()), rectifications.today());
    }

    record Verification(@NotNull Boolean substantiated, @Size(max = 2000) String note) {
    }

    record Completion(@NotBlank @Pattern(regexp = "RECTIFIED|EXPLAINED", message = "must be RECTIFIED or EXPLAINED") String outcome,
                      @NotBlank @Size(max = 5000) String text) {
    }

    record AppealAnswer(@NotBlank @Pattern(regexp = "UPHELD|DISMISSED", message = "must be UPHELD or DISMISSED") String decision,
                        @NotBlank @Size(max = 2000) String answer) {
    }
}
