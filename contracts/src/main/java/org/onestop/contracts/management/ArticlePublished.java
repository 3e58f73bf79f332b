package org.onestop.contracts.management;

import java.time.Instant;

/**
 * An article of a public-disclosure column was published (or republished after a change).
 *
 * @param columnCode NEWS, NOTICES, POLICIES or INTERPRETATION
 */
public record ArticlePublished(
        String articleId,
        String columnCode,
        String title,
        String summary,
        String body,
        int revision,
        String regionCode,
        String departmentCode,
        String channel,
        Instant publishedAt) implements ContentEvent {

    public static final String TYPE = "management.content.article-published.v1";

    @Override
    public String eventType() {
        return TYPE;
    }
}
