package org.onestop.portal.inquiry;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.onestop.platform.web.PageRequest;
import org.onestop.portal.inquiry.domain.Inquiry;
import org.onestop.portal.inquiry.domain.InquiryKind;
import org.onestop.portal.inquiry.domain.InquiryStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class InquiryRepository {

    private final JdbcClient jdbc;

    InquiryRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(Inquiry q) {
        jdbc.sql("""
                insert into inquiry (id, kind, status, asker_id, asker_type, item_code, item_name, department_code,
                    region_code, subject, channel, reply_due_on, replies, opened_at, updated_at)
                values (:id, :kind, :status, :asker, :askerType, :item, :itemName, :dept, :region, :subject, :channel,
                    :due, :replies, :at, :at)""")
                .param("id", q.id())
                .param("kind", q.kind().name())
                .param("status", q.status().name())
                .param("asker", q.askerId())
                .param("askerType", q.askerType())
                .param("item", q.itemCode())
                .param("itemName", q.itemName())
                .param("dept", q.departmentCode())
                .param("region", q.regionCode())
                .param("subject", q.subject())
                .param("channel", q.channel())
                .param("due", q.replyDueOn())
                .param("replies", q.replies())
                .param("at", Timestamp.from(q.openedAt()))
                .update();
    }

    void update(Inquiry q, Instant at) {
        jdbc.sql("""
                update inquiry set status = ?, reply_due_on = ?, replies = ?, closed_at = ?, closed_by = ?,
                    close_note = ?, updated_at = ?
                where id = ?""")
                .params(q.status().name(), q.replyDueOn(), q.replies(),
                        q.closedAt() == null ? null : Timestamp.from(q.closedAt()), q.closedBy(), q.closeNote(),
                        Timestamp.from(at), q.id())
                .update();
    }

    void addMessage(UUID inquiryId, String author, String authorId, String authorName, String text, String channel,
                    Instant at) {
        jdbc.sql("""
                insert into inquiry_message (inquiry_id, author, author_id, author_name, text, channel, posted_at)
                values (?, ?, ?, ?, ?, ?, ?)""")
                .params(inquiryId, author, authorId, authorName, text, channel, Timestamp.from(at))
                .update();
    }

    /** The thread, locked until the end of the transaction, so that its steps happen one after another. */
    Optional<Inquiry> lock(UUID id) {
        return jdbc.sql("select * from inquiry where id = ? for update").param(id).query(this::map).optional();
    }

    Optional<Inquiry> find(UUID id) {
        return jdbc.sql("select * from inquiry where id = ?").param(id).query(this::map).optional();
    }

    List<Message> messagesOf(UUID inquiryId) {
        return jdbc.sql("select author, text, posted_at from inquiry_message where inquiry_id = ? order by id")
                .param(inquiryId)
                .query((rs, n) -> new Message(rs.getString(1), rs.getString(2), rs.getTimestamp(3).toInstant()))
                .list();
    }

    List<Inquiry> pageOfAsker(String askerId, PageRequest page) {
        return jdbc.sql("select * from inquiry where asker_id = ? order by opened_at desc, id limit ? offset ?")
                .params(askerId, page.size(), page.offset()).query(this::map).list();
    }

    long countOfAsker(String askerId) {
        return jdbc.sql("select count(*) from inquiry where asker_id = ?").param(askerId).query(Long.class).single();
    }

    List<Inquiry> pageOfDepartment(String departmentCode, DepartmentFilter filter, LocalDate today, PageRequest page) {
        var where = where(departmentCode, filter, today);
        where.params.add(page.size());
        where.params.add(page.offset());
        return jdbc.sql("select * from inquiry where " + where.sql + " order by reply_due_on, opened_at, id limit ? offset ?")
                .params(where.params).query(this::map).list();
    }

    long countOfDepartment(String departmentCode, DepartmentFilter filter, LocalDate today) {
        var where = where(departmentCode, filter, today);
        return jdbc.sql("select count(*) from inquiry where " + where.sql).params(where.params).query(Long.class).single();
    }

    private static Where where(String departmentCode, DepartmentFilter filter, LocalDate today) {
        var sql = new StringBuilder("department_code = ?");
        List<Object> params = new ArrayList<>(List.of(departmentCode));
        if (filter.status() == null) {
            sql.append(" and status <> 'CLOSED'");
        } else {
            sql.append(" and status = ?");
            params.add(filter.status().name());
        }
        if (filter.kind() != null) {
            sql.append(" and kind = ?");
            params.add(filter.kind().name());
        }
        if (filter.overdue() != null) {
            sql.append(filter.overdue() ? " and " : " and not ")
                    .append("(status = 'AWAITING_REPLY' and reply_due_on < ?)");
            params.add(today);
        }
        return new Where(sql.toString(), params);
    }

    private Inquiry map(ResultSet rs, int row) throws SQLException {
        Timestamp closedAt = rs.getTimestamp("closed_at");
        return new Inquiry(rs.getObject("id", UUID.class), InquiryKind.valueOf(rs.getString("kind")),
                InquiryStatus.valueOf(rs.getString("status")), rs.getString("asker_id"), rs.getString("asker_type"),
                rs.getString("item_code"), rs.getString("item_name"), rs.getString("department_code"),
                rs.getString("region_code"), rs.getString("subject"), rs.getString("channel"),
                rs.getObject("reply_due_on", LocalDate.class), rs.getInt("replies"),
                rs.getTimestamp("opened_at").toInstant(), closedAt == null ? null : closedAt.toInstant(),
                rs.getString("closed_by"), rs.getString("close_note"));
    }

    private record Where(String sql, List<Object> params) {
    }

    /** What department staff narrow their list by; no status means every thread not closed. */
    record DepartmentFilter(InquiryKind kind, InquiryStatus status, Boolean overdue) {
    }

    /** One message of a thread: the asker's question or follow-up, or the department's reply. */
    record Message(String author, String text, Instant postedAt) {
    }
}
