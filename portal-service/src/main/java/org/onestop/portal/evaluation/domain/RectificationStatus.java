package org.onestop.portal.evaluation.domain;

/**
 * Where the rectification of a bad review stands: raised, the complaint verified, rectified or
 * explained, appealed by the reviewer, and closed once an appeal is dismissed.
 */
public enum RectificationStatus {
    OPEN, VERIFIED, COMPLETED, APPEALED, CLOSED
}
