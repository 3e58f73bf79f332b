package org.onestop.portal.application;

import org.springframework.stereotype.Service;

/** What other features of the portal may ask about a person's own applications. */
@Service
public class OwnApplications {

    private final ApplicationRepository applications;

    OwnApplications(ApplicationRepository applications) {
        this.applications = applications;
    }

    /** Whether the application with this tracking number is the person's own. */
    public boolean isOwn(String trackingNumber, String applicantId) {
        return applications.existsOwn(trackingNumber, applicantId);
    }
}
