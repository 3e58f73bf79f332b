package org.onestop.portal.inquiry;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.util.UUID;
import org.onestop.platform.security.CurrentUser;
import org.onestop.platform.web.PageRequest;
import org.onestop.platform.web.PageResponse;
import org.onestop.portal.inquiry.domain.InquiryKind;
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

/** Citizens and legal persons open consultations and complaints and follow their own threads; others' are 404. */
@RestController
@RequestMapping("/api/portal/v1/inquiries")
@PreAuthorize("hasAnyRole('CITIZEN', 'LEGAL_PERSON')")
class InquiryController {

    private final Inquiries inquiries;

    InquiryController(Inquiries inquiries) {
        this.inquiries = inquiries;
    }

    @PostMapping
    ResponseEntity<InquiryView> open(@Valid @RequestBody OpenInquiry request, @AuthenticationPrincipal Jwt jwt) {
        var thread = inquiries.open(CurrentUser.of(jwt), InquiryKind.valueOf(request.kind()), request.itemCode(),
                request.departmentCode(), request.subject(), request.text());
        var view = InquiryView.of(thread, inquiries.today());
        return ResponseEntity.created(URI.create("/api/portal/v1/inquiries/" + view.id())).body(view);
    }

    @GetMapping
    PageResponse<InquiryView> mine(@RequestParam(required = false) Integer page,
                                   @RequestParam(required = false) Integer size,
                                   @AuthenticationPrincipal Jwt jwt) {
        var today = inquiries.today();
        return inquiries.listOwn(CurrentUser.of(jwt), PageRequest.of(page, size))
                .map(q -> InquiryView.of(q, null, today));
    }

    @GetMapping("/{id}")
    InquiryView get(@PathVariable UUID id, @AuthenticationPrincipal Jwt jwt) {
        return InquiryView.of(inquiries.findOwn(id, CurrentUser.of(jwt)), inquiries.today());
    }

    @PostMapping("/{id}/follow-ups")
    InquiryView followUp(@PathVariable UUID id, @Valid @RequestBody Message request, @AuthenticationPrincipal Jwt jwt) {
        return InquiryView.of(inquiries.followUp(id, CurrentUser.of(jwt), request.text()), inquiries.today());
    }

    /**
     * What the asker says; the department comes from the item when there is one, and status,
     * deadline and owner are set here.
     */
    record OpenInquiry(@NotBlank @Pattern(regexp = "CONSULTATION|COMPLAINT", message = "must be CONSULTATION or COMPLAINT") String kind,
                       @Size(max = 64) String itemCode,
                       @Size(max = 64) String departmentCode,
                       @NotBlank @Size(max = 200) String subject,
                       @NotBlank @Size(max = 5000) String text) {
    }

    record Message(@NotBlank @Size(max = 5000) String text) {
    }
}
