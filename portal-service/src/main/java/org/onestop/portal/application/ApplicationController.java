package org.onestop.portal.application;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.onestop.platform.problem.BadRequestException;
import org.onestop.platform.security.CurrentUser;
import org.onestop.platform.web.PageRequest;
import org.onestop.platform.web.PageResponse;
import org.onestop.portal.application.ApplicationViews.ApplicationView;
import org.onestop.portal.application.MaterialView.Reference;
import org.onestop.portal.application.ApplicationSubmission.CertificateReference;
import org.onestop.portal.application.ApplicationSubmission.Submitted;
import org.onestop.portal.application.domain.ApplicationStatus;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
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
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** Applicants submit applications and follow their own; nobody else's are visible (404). */
@RestController
@RequestMapping("/api/portal/v1/applications")
@PreAuthorize("hasAnyRole('CITIZEN', 'LEGAL_PERSON')")
class ApplicationController {

    private final ApplicationSubmission submission;
    private final CorrectingAndWithdrawing followUp;
    private final ApplicationViews views;

    ApplicationController(ApplicationSubmission submission, CorrectingAndWithdrawing followUp, ApplicationViews views) {
        this.submission = submission;
        this.followUp = followUp;
        this.views = views;
    }

    /** Submits directly: form data and materials supplied by e-certificates (uploads go through a draft). */
    @PostMapping
    ResponseEntity<ApplicationView> submit(@Valid @RequestBody SubmitApplication request,
                                           @RequestHeader(name = "Idempotency-Key", required = false) @Size(max = 100) String key,
                                           @AuthenticationPrincipal Jwt jwt) {
        Submitted submitted = submission.submit(CurrentUser.of(jwt), request.itemCode(),
                request.formData() == null ? Map.of() : request.formData(), references(request.materials()), key);
        return views.answer(submitted);
    }

    @GetMapping("/{id}")
    ApplicationView get(@PathVariable UUID id, @AuthenticationPrincipal Jwt jwt) {
        return views.of(submission.findOwn(id, CurrentUser.of(jwt)), null);
    }

    /** The caller's applications, newest first, optionally of one status. */
    @GetMapping
    PageResponse<ApplicationView> mine(@RequestParam(required = false) String status,
                                       @RequestParam(required = false) Integer page,
                                       @RequestParam(required = false) Integer size,
                                       @AuthenticationPrincipal Jwt jwt) {
        return submission.listOwn(CurrentUser.of(jwt), statusOf(status), PageRequest.of(page, size))
                .map(ApplicationViews::summary);
    }

    /** A file for the answer to an open correction request. */
    @PostMapping(path = "/{id}/materials", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    MaterialView upload(@PathVariable UUID id, @RequestParam("name") String name,
                        @RequestPart("file") MultipartFile file, @AuthenticationPrincipal Jwt jwt) {
        return MaterialView.of(followUp.upload(CurrentUser.of(jwt), id, name, file));
    }

    /** Answers the open correction request (补正): a note, the uploads since, e-certificate references. */
    @PostMapping("/{id}/correction")
    ApplicationView answerCorrection(@PathVariable UUID id, @Valid @RequestBody AnswerCorrection request,
                                     @AuthenticationPrincipal Jwt jwt) {
        return views.of(followUp.answerCorrection(CurrentUser.of(jwt), id, request.note(), references(request.materials())),
                null);
    }

    /** Withdraws (撤回) before the case concludes. */
    @PostMapping("/{id}/withdrawal")
    ApplicationView withdraw(@PathVariable UUID id, @Valid @RequestBody Withdraw request,
                             @AuthenticationPrincipal Jwt jwt) {
        return views.of(followUp.withdraw(CurrentUser.of(jwt), id, request.reason()), null);
    }

    /** A new verification code for the anonymous inquiry, replacing the old one; shown only here. */
    @PostMapping("/{id}/verification-code")
    Map<String, String> newVerificationCode(@PathVariable UUID id, @AuthenticationPrincipal Jwt jwt) {
        CurrentUser applicant = CurrentUser.of(jwt);
        String code = submission.newVerificationCode(id, applicant);
        return Map.of("trackingNumber", submission.findOwn(id, applicant).trackingNumber(), "verificationCode", code);
    }

    static List<CertificateReference> references(List<Reference> materials) {
        return materials == null ? List.of() : materials.stream().map(Reference::toReference).toList();
    }

    private static ApplicationStatus statusOf(String status) {
        if (status == null || status.isBlank()) {
            return null;
        }
        try {
            return ApplicationStatus.valueOf(status.trim());
        } catch (IllegalArgumentException unknown) {
            throw new BadRequestException("status", "must be one of " + List.of(ApplicationStatus.values()));
        }
    }

    /** Only the item, the form data and certificate references are taken; status and the rest are set here. */
    record SubmitApplication(@NotBlank String itemCode, Map<String, Object> formData,
                             @Size(max = 50) List<@Valid Reference> materials) {
    }

    record AnswerCorrection(@NotBlank @Size(max = 2000) String note,
                            @Size(max = 50) List<@Valid Reference> materials) {
    }

    record Withdraw(@NotBlank @Size(max = 1000) String reason) {
    }
}
