package org.onestop.portal.application;

import java.util.Optional;
import java.util.UUID;
import org.onestop.portal.application.domain.Application;
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

    /** The person's own application with this id, as it stands now; someone else's is empty. */
    public Optional<Application> find(UUID id, String applicantId) {
        return applications.findOwn(id, applicantId);
    }
}
