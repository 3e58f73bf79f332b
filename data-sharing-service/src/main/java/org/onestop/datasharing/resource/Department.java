package org.onestop.datasharing.resource;

import org.onestop.platform.security.CurrentUser;
import org.springframework.security.access.AccessDeniedException;

/** The department a caller acts for: staff and department systems carry one in their token. */
final class Department {

    static String of(CurrentUser caller) {
        if (caller.department() == null || caller.department().isBlank()) {
            throw new AccessDeniedException("Only a department's staff or systems take part in data sharing");
        }
        return caller.department();
    }

    private Department() {
    }
}
