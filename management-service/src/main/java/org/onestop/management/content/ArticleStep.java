package org.onestop.management.content;

import java.time.Instant;

/**
 * The body of a review step; all optional except the reason of a withdrawal.
 *
 * @param publishAt when an approved article is published (now when absent)
 */
record ArticleStep(Long expectedRevision, Instant publishAt, String reason) {

    static final ArticleStep NONE = new ArticleStep(null, null, null);
}
