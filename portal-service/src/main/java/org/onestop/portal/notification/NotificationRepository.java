package org.onestop.portal.notification;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.onestop.platform.web.PageRequest;
import org.onestop.portal.notification.domain.Notification;
import org.onestop.portal.notification.domain.NotificationKind;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class NotificationRepository {

    private static final String MINE = "account_id = :account and (not :unreadOnly or read_at is null)";

    private final JdbcClient jdbc;

    NotificationRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(Notification n) {
        jdbc.sql("""
                insert into notification (id, account_id, kind, title, text, reference, region_code, department_code,
                    created_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(n.id(), n.accountId(), n.kind().name(), n.title(), n.text(), n.reference(), n.regionCode(),
                        n.departmentCode(), Timestamp.from(n.createdAt()))
                .update();
    }

    List<Notification> pageOf(String accountId, boolean unreadOnly, PageRequest page) {
        return jdbc.sql("select * from notification where " + MINE + " order by created_at desc, id limit :limit offset :offset")
                .param("account", accountId)
                .param("unreadOnly", unreadOnly)
                .param("limit", page.size())
                .param("offset", page.offset())
                .query(this::map)
                .list();
    }

    long countOf(String accountId, boolean unreadOnly) {
        return jdbc.sql("select count(*) from notification where " + MINE)
                .param("account", accountId)
                .param("unreadOnly", unreadOnly)
                .query(Long.class)
                .single();
    }

    /** Marks the person's own notification read (keeping the first time it was read); empty if it is not theirs. */
    Optional<Notification> markRead(UUID id, String accountId, Instant at) {
        return jdbc.sql("""
                update notification set read_at = coalesce(read_at, ?) where id = ? and account_id = ?
                returning *""")
                .params(Timestamp.from(at), id, accountId)
                .query(this::map)
                .optional();
    }

    int markAllRead(String accountId, Instant at) {
        return jdbc.sql("update notification set read_at = ? where account_id = ? and read_at is null")
                .params(Timestamp.from(at), accountId)
                .update();
    }

    private Notification map(ResultSet rs, int row) throws SQLException {
        Timestamp readAt = rs.getTimestamp("read_at");
        return new Notification(rs.getObject("id", UUID.class), rs.getString("account_id"),
                NotificationKind.valueOf(rs.getString("kind")), rs.getString("title"), rs.getString("text"),
                rs.getString("reference"), rs.getString("region_code"), rs.getString("department_code"),
                rs.getTimestamp("created_at").toInstant(), readAt == null ? null : readAt.toInstant());
    }
}
