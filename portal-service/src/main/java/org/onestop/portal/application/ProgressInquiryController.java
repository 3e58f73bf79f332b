package org.onestop.portal.application;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.onestop.portal.application.ProgressInquiry.PublicProgress;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Anyone with a tracking number and its verification code may follow the progress, without signing in. */
@RestController
@RequestMapping("/api/portal/v1/progress")
class ProgressInquiryController {

    private final ProgressInquiry inquiry;

    ProgressInquiryController(ProgressInquiry inquiry) {
        this.inquiry = inquiry;
    }

    @GetMapping
    PublicProgress progress(@RequestParam @NotBlank @Size(max = 64) String trackingNumber,
                            @RequestParam @NotBlank @Size(max = 32) String code, HttpServletRequest request) {
        // the client's address: Tomcat takes it from X-Forwarded-For when the request came from the gateway
        // (server.forward-headers-strategy=native trusts only internal proxy addresses)
        return inquiry.inquire(trackingNumber.trim(), code, request.getRemoteAddr());
    }
}
