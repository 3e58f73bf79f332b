package org.onestop.portal.inquiry;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.onestop.platform.security.CurrentUser;
import org.onestop.platform.web.PageRequest;
import org.onestop.platform.web.PageResponse;
import org.onestop.portal.inquiry.InquiryRepository.DepartmentFilter;
import org.onestop.portal.inquiry.domain.InquiryKind;
import org.onestop.portal.inquiry.domain.InquiryStatus;
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
 * The staff of a department answer the consultations and complaints addressed to it; another
 * department's thread is 404 for them, and these routes are 403 for anyone but staff.
 */
@RestController
@RequestMapping("/api/portal/v1/staff/inquiries")
@PreAuthorize("hasRole('STAFF')")
class DepartmentInquiryController {

    private final Inquiries inquiries;

    DepartmentInquiryController(Inquiries inquiries) {
        this.inquiries = inquiries;
    }

    @GetMapping
    PageResponse<InquiryView> queue(@RequestParam(required = false) InquiryKind kind,
                                    @RequestParam(required = false) InquiryStatus status,
                                    @RequestParam(required = false) Boolean overdue,
                                    @RequestParam(required = false) Integer page,
                                    @RequestParam(required = false) Integer size,
                                    @AuthenticationPrincipal Jwt jwt) {
        var today = inquiries.today();
        return inquiries.listForDepartment(CurrentUser.of(jwt), new DepartmentFilter(kind, status, overdue),
                PageRequest.of(page, size)).map(q -> InquiryView.of(q, null, today));
    }

    @GetMapping("/{id}")
    InquiryView get(@PathVariable UUID id, @AuthenticationPrincipal Jwt jwt) {
        return InquiryView.of(inquiries.findForDepartment(id, CurrentUser.of(jwt)), inquiries.today());
    }

    @PostMapping("/{id}/replies")
    InquiryView reply(@PathVariable UUID id, @Valid @RequestBody Reply request, @AuthenticationPrincipal Jwt jwt) {
        return InquiryView.of(inquiries.reply(id, CurrentUser.of(jwt), request.text()), inquiries.today());
    }

    @PostMapping("/{id}/close")
    InquiryView close(@PathVariable UUID id, @Valid @RequestBody(required = false) Closing request,
                      @AuthenticationPrincipal Jwt jwt) {
        return InquiryView.of(inquiries.close(id, CurrentUser.of(jwt), request == null ? null : request.note()),
                inquiries.today());
    }

    record Reply(@NotBlank @Size(max = 5000) String text) {
    }

    record Closing(@Size(max = 1000) String note) {
    }
}
