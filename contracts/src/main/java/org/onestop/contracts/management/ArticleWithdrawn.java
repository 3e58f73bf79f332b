package org.onestop.contracts.management;

import java.time.Instant;

/** A published article was taken down. */
public record ArticleWithdrawn(
        String articleId,
        String columnCode,
        String reason,
        String regionCode,
        String departmentCode,
        String channel,
        Instant withdrawnAt) implements ContentEvent {

    public static final String TYPE = "management.content.article-withdrawn.v1";

    @Override
    public String eventType() {
        return TYPE;
    }
}
