package org.onestop.portal.application.domain;

import java.util.Set;

/** Where an application stands, as the applicant sees it; follows the case's state. */
public enum ApplicationStatus {
    SUBMITTED, ACCEPTED, NOT_ACCEPTED, CORRECTION_REQUESTED, UNDER_REVIEW, SUSPENDED, CONCLUDED, DELIVERED, WITHDRAWN;

    private static final Set<ApplicationStatus> BEFORE_CONCLUSION =
            Set.of(SUBMITTED, ACCEPTED, CORRECTION_REQUESTED, UNDER_REVIEW, SUSPENDED);

    /** Still being handled: not refused, concluded, delivered or withdrawn. */
    public boolean beforeConclusion() {
        return BEFORE_CONCLUSION.contains(this);
    }
}
