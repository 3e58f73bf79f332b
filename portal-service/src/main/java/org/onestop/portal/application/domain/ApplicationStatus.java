package org.onestop.portal.application.domain;

/** Where an application stands, as the applicant sees it; follows the case's state. */
public enum ApplicationStatus {
    SUBMITTED, ACCEPTED, NOT_ACCEPTED, CORRECTION_REQUESTED, UNDER_REVIEW, SUSPENDED, CONCLUDED, DELIVERED, WITHDRAWN
}
