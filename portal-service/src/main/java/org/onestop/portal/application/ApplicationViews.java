package org.onestop.portal.application;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.onestop.portal.application.ApplicationRepository.ProgressStep;
import org.onestop.portal.application.ApplicationSubmission.Submitted;
import org.onestop.portal.application.domain.Application;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/** How an applicant sees an application: with its materials and timeline. */
@Component
class ApplicationViews {

    private final ApplicationRepository applications;
    private final MaterialRepository materials;

    ApplicationViews(ApplicationRepository applications, MaterialRepository materials) {
        this.applications = applications;
        this.materials = materials;
    }

    ApplicationView of(Application application, String verificationCode) {
        return ApplicationView.of(application, applications.progressOf(application.id()),
                materials.of(application.id()).stream().map(MaterialView::of).toList(), verificationCode);
    }

    /** 201 with the verification code for a new application, 200 with the first one for a repeat. */
    ResponseEntity<ApplicationView> answer(Submitted submitted) {
        ApplicationView view = of(submitted.application(), submitted.verificationCode());
        return submitted.created()
                ? ResponseEntity.created(URI.create("/api/portal/v1/applications/" + view.id())).body(view)
                : ResponseEntity.ok(view);
    }

    /** For lists: no materials or timeline. */
    static ApplicationView summary(Application application) {
        return ApplicationView.of(application, List.of(), List.of(), null);
    }

    /**
     * An application as its applicant sees it; the verification code appears only in the answer
     * that created the application.
     */
    record ApplicationView(String id, String trackingNumber, String itemCode, int itemVersion, String itemName,
                           String departmentCode, String status, String caseId, String channel,
                           Map<String, Object> formData, Instant submittedAt, boolean awaitingCorrection,
                           boolean withdrawalRequested, String verificationCode, List<MaterialView> materials,
                           List<ProgressStep> timeline) {

        static ApplicationView of(Application a, List<ProgressStep> timeline, List<MaterialView> materials,
                                  String verificationCode) {
            return new ApplicationView(a.id().toString(), a.trackingNumber(), a.itemCode(), a.itemVersion(),
                    a.itemName(), a.departmentCode(), a.status().name(), a.caseId(), a.channel(), a.formData(),
                    a.submittedAt(), a.awaitsCorrection(), a.withdrawalRequestedAt() != null, verificationCode,
                    materials, timeline);
        }
    }
}
