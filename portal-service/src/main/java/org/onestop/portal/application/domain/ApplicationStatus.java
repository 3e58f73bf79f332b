package org.onestop.portal.application.domain;

import java.util.Set;

/** Where an application stands, as the applicant sees it; follows the case's state. */
public enum ApplicationStatus {
    SUBMITTED, ACCEPTED, NOT_ACCEPTED, CORRECTION_REQUESTED, UNDER_REVIEW, SUSPENDED, CONCLUDED, DELIVERED, WITHDRAWN;

    private static final Set<ApplicationStatus> BEFORE_CONCLUSION =
            Set.of(SUBMITTED, ACCEPTED, CORRECTION_REQUESTED, UNDER_REVIEW, SUSPENDED);

    /**
     * The status for a case state processing names, if this portal knows it: processing may add states within a major
     * version, and an unknown one must not make its event fail (and go to the dead-letter topic).
     */
    public static java.util.Optional<ApplicationStatus> ofCaseState(String state) {
        return java.util.Arrays.stream(values()).filter(status -> status.name().equals(state)).findFirst();
    }

    /** Still being handled: not refused, concluded, delivered or withdrawn. */
    public boolean beforeConclusion() {
        return BEFORE_CONCLUSION.contains(this);
    }
}
