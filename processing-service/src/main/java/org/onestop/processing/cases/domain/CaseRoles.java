package org.onestop.processing.cases.domain;

/** Role names in the token's {@code roles} claim that handle cases; staff also carry STAFF. */
public final class CaseRoles {

    public static final String CLERK = "CLERK";
    public static final String REVIEWER = "REVIEWER";
    public static final String APPROVER = "APPROVER";
    public static final String SUPERVISOR = "SUPERVISOR";
    /** Not a token role: the account whose id is the case's applicant id. */
    public static final String APPLICANT = "applicant";

    private CaseRoles() {
    }
}
