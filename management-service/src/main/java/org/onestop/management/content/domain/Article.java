package org.onestop.management.content.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.onestop.contracts.management.ArticlePublished;
import org.onestop.contracts.management.ArticleWithdrawn;
import org.onestop.contracts.management.ContentEvent;
import org.onestop.platform.rules.RuleViolation;
import org.onestop.platform.rules.RuleViolation.FieldProblem;
import org.onestop.platform.rules.StateConflict;

/**
 * An article of a public-disclosure column: written by an editor, reviewed by someone else,
 * published on its planned date, withdrawn when it no longer holds.
 */
public record Article(UUID id, Column column, String title, String summary, String body, String regionCode,
                      String departmentCode, ArticleStatus status, Instant publishAt, String createdBy,
                      String submittedBy, String reviewedBy, Instant reviewedAt, Instant publishedAt, Instant withdrawnAt,
                      String withdrawalReason, long revision) {

    private static final int LONGEST_TITLE = 200;

    public static Article write(Column column, String title, String summary, String body, String regionCode,
                                String departmentCode, String editor) {
        check(column, title, body);
        return new Article(UUID.randomUUID(), column, title, summary, body, regionCode, departmentCode,
                ArticleStatus.DRAFT, null, editor, null, null, null, null, null, null, 0);
    }

    public Article edit(Column newColumn, String newTitle, String newSummary, String newBody) {
        require(ArticleStatus.DRAFT, "edit");
        check(newColumn, newTitle, newBody);
        return new Article(id, newColumn, newTitle, newSummary, newBody, regionCode, departmentCode, status, publishAt,
                createdBy, submittedBy, reviewedBy, reviewedAt, publishedAt, withdrawnAt, withdrawalReason, revision);
    }

    public Article submit(String editor) {
        require(ArticleStatus.DRAFT, "submit");
        return withReview(ArticleStatus.IN_REVIEW, null, editor, null, null);
    }

    public Article reject(String reviewer, Instant now) {
        requireReviewable(reviewer);
        return withReview(ArticleStatus.DRAFT, null, null, reviewer, now);
    }

    /** Approved for {@code publishAt} (now when absent or past); published when that time comes. */
    public Article approve(String reviewer, Instant publishAt, Instant now) {
        requireReviewable(reviewer);
        Instant at = publishAt == null || publishAt.isBefore(now) ? now : publishAt;
        return withReview(ArticleStatus.SCHEDULED, at, submittedBy, reviewer, now);
    }

    public boolean isDue(Instant now) {
        return status == ArticleStatus.SCHEDULED && !publishAt.isAfter(now);
    }

    public Changed publish(Instant now, String channel) {
        require(ArticleStatus.SCHEDULED, "publish");
        var published = new Article(id, column, title, summary, body, regionCode, departmentCode, ArticleStatus.PUBLISHED,
                publishAt, createdBy, submittedBy, reviewedBy, reviewedAt, now, null, null, revision);
        return new Changed(published, new ArticlePublished(id.toString(), column.name(), title, summary, body,
                (int) revision, regionCode, departmentCode, channel, now));
    }

    public Changed withdraw(String reason, Instant now, String channel) {
        require(ArticleStatus.PUBLISHED, "withdraw");
        var withdrawn = new Article(id, column, title, summary, body, regionCode, departmentCode, ArticleStatus.WITHDRAWN,
                publishAt, createdBy, submittedBy, reviewedBy, reviewedAt, publishedAt, now, reason, revision);
        return new Changed(withdrawn, new ArticleWithdrawn(id.toString(), column.name(), reason, regionCode,
                departmentCode, channel, now));
    }

    public void expectRevision(Long expected) {
        if (expected != null && expected != revision) {
            throw new StateConflict("Article " + id + " was changed since you read it", Map.of("currentRevision", revision));
        }
    }

    private Article withReview(ArticleStatus next, Instant at, String submitter, String reviewer, Instant reviewed) {
        return new Article(id, column, title, summary, body, regionCode, departmentCode, next, at, createdBy, submitter,
                reviewer, reviewed, publishedAt, withdrawnAt, withdrawalReason, revision);
    }

    private void requireReviewable(String reviewer) {
        if (status == ArticleStatus.DRAFT) {
            throw new StateConflict("The article has not been submitted for review", Map.of("articleStatus", status.name()));
        }
        require(ArticleStatus.IN_REVIEW, "review");
        if (Objects.equals(reviewer, submittedBy)) {
            throw new StateConflict("Four-eyes rule: whoever submitted the article cannot review it",
                    Map.of("articleStatus", status.name()));
        }
    }

    private void require(ArticleStatus expected, String action) {
        if (status != expected) {
            throw new StateConflict("Cannot " + action + " an article that is " + status,
                    Map.of("articleStatus", status.name()));
        }
    }

    private static void check(Column column, String title, String body) {
        List<FieldProblem> problems = new ArrayList<>();
        if (column == null) {
            problems.add(new FieldProblem("column", "must be one of NEWS, NOTICES, POLICIES, INTERPRETATION"));
        }
        if (title == null || title.isBlank() || title.length() > LONGEST_TITLE) {
            problems.add(new FieldProblem("title", "must be 1 to " + LONGEST_TITLE + " characters"));
        }
        if (body == null || body.isBlank()) {
            problems.add(new FieldProblem("body", "must not be blank"));
        }
        if (!problems.isEmpty()) {
            throw new RuleViolation("The article breaks content rules", problems);
        }
    }

    /** The article after a change and the event that announces it. */
    public record Changed(Article article, ContentEvent event) {
    }
}
