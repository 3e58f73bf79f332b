package org.onestop.web.workbench;

/** What the workbench's pages share. */
final class Workbench {

    /** Why someone signed in but not staff is refused the workbench (403). */
    static final String STAFF_ONLY = "The workbench is for the departments' staff";

    private Workbench() {
    }
}
