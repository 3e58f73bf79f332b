package org.onestop.portal.application;

import java.time.Instant;
import java.util.List;
import org.onestop.platform.problem.NotFoundException;
import org.onestop.portal.application.domain.Application;
import org.onestop.portal.application.domain.VerificationCode;
import org.onestop.portal.ratelimit.AttemptLimits;
import org.springframework.stereotype.Service;

/**
 * The anonymous progress inquiry: a tracking number and its verification code give the status and
 * timeline, nothing personal. An unknown number and a wrong code get the same 404, and each
 * client address and each tracking number (known or not) allows only so many attempts per window (429 with
 * Retry-After), counted in PostgreSQL by {@link AttemptLimits} so that the limit holds across every replica.
 */
@Service
class ProgressInquiry {

    static final String ATTEMPTS = "progress-inquiry";
    static final String CLIENT_ATTEMPTS = "progress-inquiry-client";

    private final ApplicationRepository applications;
    private final ApplicationProperties properties;
    private final AttemptLimits attempts;

    ProgressInquiry(ApplicationRepository applications, ApplicationProperties properties, AttemptLimits attempts) {
        this.applications = applications;
        this.properties = properties;
        this.attempts = attempts;
    }

    /** @param client the address the inquiry came from (the gateway passes the client's on) */
    PublicProgress inquire(String trackingNumber, String code, String client) {
        attempts.count(CLIENT_ATTEMPTS, client, properties.inquiryAttemptsPerClient(), properties.inquiryWindow(),
                "Too many inquiries from this address; try again later");
        attempts.count(ATTEMPTS, trackingNumber, properties.inquiryAttempts(), properties.inquiryWindow(),
                "Too many inquiries for this tracking number; try again later");
        var found = applications.findByTrackingNumber(trackingNumber);
        String id = found.map(a -> a.id().toString()).orElse("unknown");
        String hash = found.flatMap(a -> applications.verificationCodeHash(a.id())).orElse(null);
        boolean matches = VerificationCode.matches(id, code, hash);
        if (found.isEmpty() || !matches) {
            throw new NotFoundException("No application with this tracking number and verification code");
        }
        Application application = found.get();
        List<PublicStep> timeline = applications.progressOf(application.id()).stream()
                .map(step -> new PublicStep(step.status(), step.missingItems(), step.at()))
                .toList();
        return new PublicProgress(application.trackingNumber(), application.itemCode(), application.itemName(),
                application.departmentCode(), application.status().name(), application.submittedAt(), timeline);
    }

    /** What anyone with the tracking number and the code may see: no names, form data or notes. */
    record PublicProgress(String trackingNumber, String itemCode, String itemName, String departmentCode, String status,
                          Instant submittedAt, List<PublicStep> timeline) {
    }

    record PublicStep(String status, List<String> missingItems, Instant at) {
    }
}
