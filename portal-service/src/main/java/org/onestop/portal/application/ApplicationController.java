package org.onestop.portal.application;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.onestop.platform.security.CurrentUser;
import org.onestop.platform.web.PageRequest;
import org.onestop.platform.web.PageResponse;
import org.onestop.portal.application.ApplicationRepository.ProgressStep;
import org.onestop.portal.application.domain.Application;
import org.springframework.http.ResponseEntity;
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

/** Applicants submit applications and follow their own; nobody else's are visible (404). */
@RestController
@RequestMapping("/api/portal/v1/applications")
@PreAuthorize("hasAnyRole('CITIZEN', 'LEGAL_PERSON')")
class ApplicationController {

    private final ApplicationSubmission submission;

    ApplicationController(ApplicationSubmission submission) {
        this.submission = submission;
    }

    @PostMapping
    ResponseEntity<ApplicationView> submit(@Valid @RequestBody SubmitApplication request,
                                           @RequestHeader(name = "Idempotency-Key", required = false) @Size(max = 100) String key,
                                           @AuthenticationPrincipal Jwt jwt) {
        var submitted = submission.submit(CurrentUser.of(jwt), request.itemCode(),
                request.formData() == null ? Map.of() : request.formData(), key);
        var view = ApplicationView.of(submitted.application(), List.of());
        return submitted.created()
                ? ResponseEntity.created(URI.create("/api/portal/v1/applications/" + view.id())).body(view)
                : ResponseEntity.ok(view);
    }

    @GetMapping("/{id}")
    ApplicationView get(@PathVariable UUID id, @AuthenticationPrincipal Jwt jwt) {
        Application application = submission.findOwn(id, CurrentUser.of(jwt));
        return ApplicationView.of(application, submission.progressOf(id));
    }

    @GetMapping
    PageResponse<ApplicationView> mine(@RequestParam(required = false) Integer page,
                                       @RequestParam(required = false) Integer size,
                                       @AuthenticationPrincipal Jwt jwt) {
        return submission.listOwn(CurrentUser.of(jwt), PageRequest.of(page, size))
                .map(application -> ApplicationView.of(application, List.of()));
    }

    /** Only the item and the form data are taken from the applicant; status and the rest are set here. */
    record SubmitApplication(@NotBlank String itemCode, Map<String, Object> formData) {
    }

    record ApplicationView(String id, String trackingNumber, String itemCode, int itemVersion, String itemName,
                           String departmentCode, String status, String caseId, String channel,
                           Map<String, Object> formData, Instant submittedAt, List<ProgressStep> timeline) {

        static ApplicationView of(Application a, List<ProgressStep> timeline) {
            return new ApplicationView(a.id().toString(), a.trackingNumber(), a.itemCode(), a.itemVersion(),
                    a.itemName(), a.departmentCode(), a.status().name(), a.caseId(), a.channel(), a.formData(),
                    a.submittedAt(), timeline);
        }
    }
}
