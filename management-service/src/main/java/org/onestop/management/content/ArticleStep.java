package org.onestop.management.content;

import java.time.Instant;
import org.onestop.platform.web.EntityTags;

/**
 * The body of a review step; all optional except the reason of a withdrawal.
 *
 * @param publishAt when an approved article is published (now when absent)
 */
record ArticleStep(Long expectedRevision, Instant publishAt, String reason) {

    static final ArticleStep NONE = new ArticleStep(null, null, null);

    /** The same (or none) with the revision If-Match names (the body's field is deprecated; both must agree). */
    static ArticleStep over(ArticleStep given, String ifMatch) {
        ArticleStep step = given == null ? NONE : given;
        return new ArticleStep(EntityTags.expected(ifMatch, step.expectedRevision()), step.publishAt(), step.reason());
    }
}
