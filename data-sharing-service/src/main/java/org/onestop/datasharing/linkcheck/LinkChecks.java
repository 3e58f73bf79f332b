package org.onestop.datasharing.linkcheck;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.onestop.datasharing.linkcheck.domain.LinkVerdict;
import org.onestop.platform.web.PageRequest;
import org.onestop.platform.web.PageResponse;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The links of the published service guides (the {@code guide_link} view over the catalog events)
 * and the last verdict on each ({@code link_check}, one row per URL however many guides use it).
 */
@Repository
class LinkChecks {

    private static final String LISTED = """
            from guide_link g join link_check c on c.url = g.url
            where c.checked_at is not null
            and (cast(:department as text) is null or g.department_code = :department)
            and (cast(:valid as boolean) is null or c.valid = :valid)""";

    private final JdbcClient jdbc;

    LinkChecks(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Takes up to {@code limit} links of the published guides that are due (new ones first, then
     * the oldest verdicts) and holds them for {@code lease}, so that another replica's round passes
     * them by; called in a transaction.
     */
    List<String> claimDue(Instant now, Duration lease, int limit) {
        jdbc.sql("""
                insert into link_check (url, next_check_at) select distinct url, cast(? as timestamptz) from guide_link
                on conflict do nothing""")
                .param(Timestamp.from(now))
                .update();
        List<String> due = jdbc.sql("""
                        select url from link_check c where next_check_at <= ?
                        and exists (select 1 from guide_link g where g.url = c.url)
                        order by checked_at nulls first, next_check_at limit ? for update skip locked""")
                .params(Timestamp.from(now), limit)
                .query(String.class)
                .list();
        if (!due.isEmpty()) {
            jdbc.sql("update link_check set next_check_at = ? where url = any(?)")
                    .params(Timestamp.from(now.plus(lease)), due.toArray(String[]::new))
                    .update();
        }
        return due;
    }

    void record(String url, LinkVerdict verdict, Instant checkedAt, Instant nextCheckAt) {
        jdbc.sql("""
                update link_check set checked_at = ?, valid = ?, status_code = ?, problem = ?, next_check_at = ?
                where url = ?""")
                .params(Timestamp.from(checkedAt), verdict.valid(), verdict.statusCode(), verdict.problem(),
                        Timestamp.from(nextCheckAt), url)
                .update();
    }

    /** The checked links of the published guides, of one department and validity if given, broken first. */
    PageResponse<CheckedLink> page(String department, Boolean valid, PageRequest page) {
        List<CheckedLink> content = jdbc.sql("""
                        select g.url, g.item_code, g.region_code, g.department_code, c.valid, c.status_code, c.problem,
                            c.checked_at %s
                        order by c.valid, g.department_code, g.item_code, g.url limit :limit offset :offset"""
                        .formatted(LISTED))
                .param("department", department)
                .param("valid", valid)
                .param("limit", page.size())
                .param("offset", page.offset())
                .query((rs, n) -> new CheckedLink(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getBoolean(5), (Integer) rs.getObject(6), rs.getString(7), rs.getTimestamp(8).toInstant()))
                .list();
        long total = jdbc.sql("select count(*) " + LISTED)
                .param("department", department)
                .param("valid", valid)
                .query(Long.class)
                .single();
        return PageResponse.of(content, page, total);
    }

    /** A link of a published guide and its last verdict. */
    record CheckedLink(String url, String itemCode, String regionCode, String departmentCode, boolean valid,
                       Integer statusCode, String problem, Instant checkedAt) {
    }
}
