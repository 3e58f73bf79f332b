package org.onestop.management.content.domain;

public enum ArticleStatus {
    DRAFT, IN_REVIEW, SCHEDULED, PUBLISHED, WITHDRAWN
}
