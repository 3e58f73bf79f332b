package org.onestop.management.content;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.onestop.management.content.domain.Article;
import org.onestop.management.content.domain.ArticleStatus;
import org.onestop.management.content.domain.Column;
import org.onestop.platform.web.PageRequest;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class ArticleRepository {

    private static final String FILTER = "(cast(:department as text) is null or department_code = :department)"
            + " and (cast(:column as text) is null or column_code = :column)"
            + " and (cast(:status as text) is null or status = :status)";

    private final JdbcClient jdbc;

    ArticleRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(Article article, Instant now) {
        jdbc.sql("""
                insert into article (id, column_code, title, summary, body, region_code, department_code, status,
                    created_by, created_at, row_version)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)""")
                .params(article.id(), article.column().name(), article.title(), article.summary(), article.body(),
                        article.regionCode(), article.departmentCode(), article.status().name(), article.createdBy(),
                        Timestamp.from(now))
                .update();
    }

    /** Saves the article; fails if someone else saved it since it was read. */
    void update(Article article) {
        int updated = jdbc.sql("""
                update article set column_code = ?, title = ?, summary = ?, body = ?, status = ?, publish_at = ?,
                    submitted_by = ?, reviewed_by = ?, reviewed_at = ?, published_at = ?, withdrawn_at = ?,
                    withdrawal_reason = ?, row_version = row_version + 1
                where id = ? and row_version = ?""")
                .params(article.column().name(), article.title(), article.summary(), article.body(),
                        article.status().name(), timestamp(article.publishAt()), article.submittedBy(),
                        article.reviewedBy(), timestamp(article.reviewedAt()), timestamp(article.publishedAt()),
                        timestamp(article.withdrawnAt()), article.withdrawalReason(), article.id(), article.revision())
                .update();
        if (updated == 0) {
            throw new OptimisticLockingFailureException("article " + article.id() + " changed concurrently");
        }
    }

    Optional<Article> find(UUID id) {
        return jdbc.sql("select * from article where id = ?").param(id).query(ArticleRepository::map).optional();
    }

    /** Approved articles whose publication time has come, locked; rows another replica holds are skipped. */
    List<Article> lockDue(Instant now, int limit) {
        return jdbc.sql("select * from article where status = 'SCHEDULED' and publish_at <= ? order by publish_at limit ? "
                        + "for update skip locked")
                .params(Timestamp.from(now), limit)
                .query(ArticleRepository::map)
                .list();
    }

    List<Article> page(String department, Column column, ArticleStatus status, PageRequest page) {
        return jdbc.sql("select * from article where " + FILTER + " order by created_at desc, id limit :limit offset :offset")
                .param("department", department)
                .param("column", column == null ? null : column.name())
                .param("status", status == null ? null : status.name())
                .param("limit", page.size())
                .param("offset", page.offset())
                .query(ArticleRepository::map)
                .list();
    }

    long count(String department, Column column, ArticleStatus status) {
        return jdbc.sql("select count(*) from article where " + FILTER)
                .param("department", department)
                .param("column", column == null ? null : column.name())
                .param("status", status == null ? null : status.name())
                .query(Long.class).single();
    }

    /** When each column of a department last published something. */
    Optional<Instant> lastPublished(String department, Column column) {
        return jdbc.sql("select max(published_at) from article where status = 'PUBLISHED' and column_code = ? "
                        + "and (cast(? as text) is null or department_code = ?)")
                .params(column.name(), department, department)
                .query((rs, row) -> instant(rs, 1))
                .optional();
    }

    private static Article map(ResultSet rs, int row) throws SQLException {
        return new Article(rs.getObject("id", UUID.class), Column.valueOf(rs.getString("column_code")),
                rs.getString("title"), rs.getString("summary"), rs.getString("body"), rs.getString("region_code"),
                rs.getString("department_code"), ArticleStatus.valueOf(rs.getString("status")),
                instant(rs, "publish_at"), rs.getString("created_by"), rs.getString("submitted_by"),
                rs.getString("reviewed_by"), instant(rs, "reviewed_at"), instant(rs, "published_at"),
                instant(rs, "withdrawn_at"), rs.getString("withdrawal_reason"), rs.getLong("row_version"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp value = rs.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }

    private static Instant instant(ResultSet rs, int column) throws SQLException {
        Timestamp value = rs.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }

    private static Timestamp timestamp(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }
}
