package org.onestop.web.workbench;

import java.util.Map;

/** What the workbench's pages share. */
final class Workbench {

    /** Why someone signed in but not staff is refused the workbench (403). */
    static final String STAFF_ONLY = "The workbench is for the departments' staff";

    private Workbench() {
    }

    /**
     * The version (or revision) the page showed, as the change's If-Match (the one style of every service's API);
     * none when the form lost it, and the change applies to what is stored.
     */
    static Map<String, String> precondition(String version) {
        return version != null && version.matches("\\d{1,18}")
                ? Map.of("If-Match", "\"" + Long.parseLong(version) + "\"") : Map.of();
    }
}
