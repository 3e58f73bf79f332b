package org.onestop.processing.cases.domain;

import java.util.Set;

/**
 * What can be done to a case, under the name it has in the API path, and who may do it: the
 * clerk accepts (受理) and delivers, the reviewer reviews (审查), the approver decides (审批),
 * the applicant answers corrections and withdraws.
 */
public enum CaseAction {
    ACCEPT("accept", CaseRoles.CLERK),
    NOT_ACCEPT("not-accept", CaseRoles.CLERK),
    REQUEST_CORRECTION("request-correction", CaseRoles.CLERK, CaseRoles.REVIEWER),
    ANSWER_CORRECTION("answer-correction", CaseRoles.APPLICANT),
    REVIEW("review", CaseRoles.REVIEWER),
    SUSPEND("suspend", CaseRoles.REVIEWER, CaseRoles.APPROVER),
    RESUME("resume", CaseRoles.REVIEWER, CaseRoles.APPROVER),
    CONCLUDE("conclude", CaseRoles.APPROVER),
    DELIVER("deliver", CaseRoles.CLERK),
    WITHDRAW("withdraw", CaseRoles.APPLICANT);

    private final String pathName;
    private final Set<String> roles;

    CaseAction(String pathName, String... roles) {
        this.pathName = pathName;
        this.roles = Set.of(roles);
    }

    public String pathName() {
        return pathName;
    }

    /** Whether the action belongs to the applicant rather than to staff. */
    public boolean byApplicant() {
        return roles.contains(CaseRoles.APPLICANT);
    }

    /** Whether staff with these roles may take the action. */
    public boolean allowedTo(Iterable<String> staffRoles) {
        for (String role : staffRoles) {
            if (roles.contains(role)) {
                return true;
            }
        }
        return false;
    }
}
