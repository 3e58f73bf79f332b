package org.onestop.management.content;

import java.time.Instant;
import org.onestop.management.content.domain.Article;
import org.onestop.platform.web.Versioned;

/** An article as the API shows it. */
record ArticleView(String id, String column, String title, String summary, String body, String regionCode,
                   String departmentCode, String status, Instant publishAt, String createdBy, String submittedBy,
                   String reviewedBy, Instant reviewedAt, Instant publishedAt, Instant withdrawnAt,
                   String withdrawalReason, long revision) implements Versioned {

    @Override
    public long entityVersion() {
        return revision;
    }

    static ArticleView of(Article a) {
        return new ArticleView(a.id().toString(), a.column().name(), a.title(), a.summary(), a.body(), a.regionCode(),
                a.departmentCode(), a.status().name(), a.publishAt(), a.createdBy(), a.submittedBy(), a.reviewedBy(),
                a.reviewedAt(), a.publishedAt(), a.withdrawnAt(), a.withdrawalReason(), a.revision());
    }
}
