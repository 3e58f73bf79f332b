package org.onestop.portal.evaluation;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.util.UUID;
import org.onestop.platform.security.CurrentUser;
import org.onestop.platform.web.PageRequest;
import org.onestop.platform.web.PageResponse;
import org.onestop.portal.evaluation.EvaluationViews.EvaluationView;
import org.onestop.portal.evaluation.domain.Dimensions;
import org.onestop.portal.evaluation.domain.SatisfactionLevel;
import org.springframework.http.ResponseEntity;
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
 * Applicants evaluate their own concluded cases (好差评, one per case), see what the department did
 * about a bad review, and may appeal it once; anyone reads an item's good-review figures.
 */
@RestController
@RequestMapping("/api/portal/v1")
class EvaluationController {

    private final Evaluations evaluations;

    EvaluationController(Evaluations evaluations) {
        this.evaluations = evaluations;
    }

    @PostMapping("/evaluations")
    @PreAuthorize("hasAnyRole('CITIZEN', 'LEGAL_PERSON')")
    ResponseEntity<EvaluationView> evaluate(@Valid @RequestBody Evaluate request, @AuthenticationPrincipal Jwt jwt) {
        var reviewed = evaluations.submit(CurrentUser.of(jwt), request.applicationId(),
                SatisfactionLevel.valueOf(request.level()), request.dimensions() == null ? null
                        : request.dimensions().toDomain(), request.comment());
        var view = EvaluationView.of(reviewed, evaluations.today());
        return ResponseEntity.created(URI.create("/api/portal/v1/evaluations/" + view.id())).body(view);
    }

    @GetMapping("/evaluations")
    @PreAuthorize("hasAnyRole('CITIZEN', 'LEGAL_PERSON')")
    PageResponse<EvaluationView> mine(@RequestParam(required = false) Integer page,
                                      @RequestParam(required = false) Integer size, @AuthenticationPrincipal Jwt jwt) {
        var today = evaluations.today();
        return evaluations.listOwn(CurrentUser.of(jwt), PageRequest.of(page, size))
                .map(reviewed -> EvaluationView.of(reviewed, today));
    }

    @GetMapping("/evaluations/{id}")
    @PreAuthorize("hasAnyRole('CITIZEN', 'LEGAL_PERSON')")
    EvaluationView get(@PathVariable UUID id, @AuthenticationPrincipal Jwt jwt) {
        return EvaluationView.of(evaluations.findOwn(id, CurrentUser.of(jwt)), evaluations.today());
    }

    @PostMapping("/evaluations/{id}/appeal")
    @PreAuthorize("hasAnyRole('CITIZEN', 'LEGAL_PERSON')")
    EvaluationView appeal(@PathVariable UUID id, @Valid @RequestBody Appeal request, @AuthenticationPrincipal Jwt jwt) {
        return EvaluationView.of(evaluations.appeal(id, CurrentUser.of(jwt), request.reason()), evaluations.today());
    }

    /** Public: how an item is evaluated. */
    @GetMapping("/catalog/items/{itemCode}/evaluation-statistics")
    Evaluations.Statistics statistics(@PathVariable String itemCode) {
        return evaluations.statisticsOf(itemCode);
    }

    /** Only the application, the level, the dimensions and the comment come from the reviewer. */
    record Evaluate(@NotNull UUID applicationId,
                    @NotBlank @Pattern(regexp = "VERY_SATISFIED|SATISFIED|BASICALLY_SATISFIED|DISSATISFIED|VERY_DISSATISFIED",
                            message = "must be one of VERY_SATISFIED, SATISFIED, BASICALLY_SATISFIED, DISSATISFIED, VERY_DISSATISFIED")
                    String level,
                    @Valid Scores dimensions,
                    @Size(max = 1000) String comment) {
    }

    /** The online dimensions, each 1 to 5 when given. */
    record Scores(@Min(1) @Max(5) Integer overall, @Min(1) @Max(5) Integer efficiency,
                  @Min(1) @Max(5) Integer guideAccuracy, @Min(1) @Max(5) Integer convenience,
                  @Min(1) @Max(5) Integer usability) {

        Dimensions toDomain() {
            return new Dimensions(overall, efficiency, guideAccuracy, convenience, usability);
        }
    }

    record Appeal(@NotBlank @Size(max = 1000) String reason) {
    }
}
