package org.onestop.management.item.domain;

/**
 * Where a version of an item is in its life: drafted, waiting for review, approved and waiting
 * for its effective date (SCHEDULED), published, and at the end withdrawn or superseded by a newer
 * version.
 */
public enum ItemStatus {
    DRAFT, IN_REVIEW, SCHEDULED, PUBLISHED, WITHDRAWN, SUPERSEDED
}
