package org.onestop.portal.application;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.onestop.platform.problem.NotFoundException;
import org.onestop.portal.application.domain.Application;
import org.onestop.portal.application.domain.VerificationCode;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.web.server.ResponseStatusException;

/**
 * The anonymous progress inquiry: a tracking number and its verification code give the status and
 * timeline, nothing personal. An unknown number and a wrong code get the same 404, and each
 * tracking number (known or not) allows only so many attempts per window (429).
 */
@Service
class ProgressInquiry {

    private static final int MAX_TRACKED_NUMBERS = 100_000;

    private final ApplicationRepository applications;
    private final ApplicationProperties properties;
    private final Map<String, Window> attempts = new ConcurrentHashMap<>();
    private final Clock clock = Clock.systemUTC();

    ProgressInquiry(ApplicationRepository applications, ApplicationProperties properties) {
        this.applications = applications;
        this.properties = properties;
    }

    PublicProgress inquire(String trackingNumber, String code) {
        countAttempt(trackingNumber);
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

    private void countAttempt(String trackingNumber) {
        Instant now = clock.instant();
        if (attempts.size() > MAX_TRACKED_NUMBERS) {
            attempts.values().removeIf(window -> window.endsAt().isBefore(now));
        }
        Window window = attempts.compute(trackingNumber, (number, current) ->
                current == null || current.endsAt().isBefore(now)
                        ? new Window(now.plus(properties.inquiryWindow()), 1)
                        : new Window(current.endsAt(), current.count() + 1));
        if (window.count() > properties.inquiryAttempts()) {
            throw new ResponseStatusException(HttpStatus.TOO_MANY_REQUESTS,
                    "Too many inquiries for this tracking number; try again later");
        }
    }

    private record Window(Instant endsAt, int count) {
    }

    /** What anyone with the tracking number and the code may see: no names, form data or notes. */
    record PublicProgress(String trackingNumber, String itemCode, String itemName, String departmentCode, String status,
                          Instant submittedAt, List<PublicStep> timeline) {
    }

    record PublicStep(String status, List<String> missingItems, Instant at) {
    }
}
