package org.onestop.portal.content;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import org.onestop.contracts.management.ArticlePublished;
import org.onestop.contracts.management.ArticleWithdrawn;
import org.onestop.platform.web.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class ArticleRepository {


    private final JdbcClient jdbc;

    ArticleRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The newest revision wins; a withdrawn article comes back only with a newer revision. */
    void recordPublished(ArticlePublished published) {
        jdbc.sql("""
                insert into public_article (id, column_code, title, summary, body, revision, region_code, department_code,
                    published_at, status)
                values (:id, :column, :title, :summary, :body, :revision, :region, :department, :publishedAt, 'PUBLISHED')
                on conflict (id) do update set column_code = excluded.column_code, title = excluded.title,
                    summary = excluded.summary, body = excluded.body, revision = excluded.revision,
                    region_code = excluded.region_code, department_code = excluded.department_code,
                    published_at = excluded.published_at, status = 'PUBLISHED', withdrawn_at = null
                where public_article.revision < excluded.revision
                   or (public_article.revision = excluded.revision and public_article.status = 'PUBLISHED')""")
                .param("id", published.articleId())
                .param("column", published.columnCode())
                .param("title", published.title())
                .param("summary", published.summary())
                .param("body", published.body() == null ? "" : published.body())
                .param("revision", published.revision())
                .param("region", published.regionCode())
                .param("department", published.departmentCode())
                .param("publishedAt", Timestamp.from(published.publishedAt()))
                .update();
    }

    void recordWithdrawn(ArticleWithdrawn withdrawn) {
        jdbc.sql("update public_article set status = 'WITHDRAWN', withdrawn_at = ? where id = ?")
                .params(Timestamp.from(withdrawn.withdrawnAt()), withdrawn.articleId())
                .update();
    }

    Optional<PublicArticle> find(String id) {
        return jdbc.sql("select * from public_article where id = ? and status = 'PUBLISHED'")
                .param(id).query(this::article).optional();
    }

    List<ArticleSummary> page(String column, PageRequest page) {
        var statement = jdbc.sql("select id, column_code, title, summary, region_code, department_code, published_at "
                + "from public_article where " + listed(column) + " order by published_at desc, id limit :limit offset :offset");
        if (column != null) {
            statement = statement.param("column", column);
        }
        return statement
                .param("limit", page.size())
                .param("offset", page.offset())
                .query((rs, row) -> new ArticleSummary(rs.getString("id"), rs.getString("column_code"),
                        rs.getString("title"), rs.getString("summary"), rs.getString("region_code"),
                        rs.getString("department_code"), rs.getTimestamp("published_at").toInstant()))
                .list();
    }

    long count(String column) {
        var statement = jdbc.sql("select count(*) from public_article where " + listed(column));
        return (column == null ? statement : statement.param("column", column)).query(Long.class).single();
    }

    /** Published articles, of one column if given; each case has its index. */
    private static String listed(String column) {
        return column == null ? "status = 'PUBLISHED'" : "status = 'PUBLISHED' and column_code = :column";
    }

    private PublicArticle article(ResultSet rs, int row) throws SQLException {
        return new PublicArticle(rs.getString("id"), rs.getString("column_code"), rs.getString("title"),
                rs.getString("summary"), rs.getString("body"), rs.getInt("revision"), rs.getString("region_code"),
                rs.getString("department_code"), rs.getTimestamp("published_at").toInstant());
    }
}
