package org.onestop.management.item.domain;

public enum ItemStatus {
    DRAFT, IN_REVIEW, PUBLISHED, WITHDRAWN, SUPERSEDED
}
