package org.onestop.management.department.domain;

/** Staff roles a department has; the accounts holding them live in the portal. */
public enum StaffRole {
    EDITOR,     // keeps the department's catalog entries (事项编辑)
    REVIEWER,   // reviews and publishes them, and reviews cases (审核)
    CLERK,      // accepts and handles cases (受理)
    SUPERVISOR  // electronic supervision (电子监察)
}
