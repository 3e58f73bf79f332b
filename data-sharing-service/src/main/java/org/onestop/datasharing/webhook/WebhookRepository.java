package org.onestop.datasharing.webhook;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.onestop.datasharing.webhook.domain.WebhookDelivery;
import org.onestop.datasharing.webhook.domain.WebhookSubscription;
import org.onestop.platform.web.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class WebhookRepository {

    private final JdbcClient jdbc;

    WebhookRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(WebhookSubscription s) {
        jdbc.sql("""
                insert into webhook_subscription (id, department, url, secret, resources, active, created_by, created_at)
                values (?, ?, ?, ?, cast(? as text[]), ?, ?, ?)""")
                .params(s.id(), s.department(), s.url(), s.secret(), "{" + String.join(",", s.resources()) + "}",
                        s.active(), s.createdBy(), Timestamp.from(s.createdAt()))
                .update();
    }

    List<WebhookSubscription> activeOf(String department) {
        return jdbc.sql("select * from webhook_subscription where department = ? and active order by created_at")
                .param(department)
                .query(this::subscription)
                .list();
    }

    Optional<WebhookSubscription> find(UUID id) {
        return jdbc.sql("select * from webhook_subscription where id = ?").param(id).query(this::subscription).optional();
    }

    boolean deactivate(UUID id, String department) {
        return jdbc.sql("update webhook_subscription set active = false where id = ? and department = ? and active")
                .params(id, department)
                .update() == 1;
    }

    void insert(WebhookDelivery d) {
        jdbc.sql("""
                insert into webhook_delivery (id, subscription_id, event_id, event_type, body, status, attempts, not_before,
                    created_at, updated_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                on conflict (subscription_id, event_id) do nothing""")
                .params(d.id(), d.subscriptionId(), d.eventId(), d.eventType(), d.body(), d.status().name(), d.attempts(),
                        Timestamp.from(d.notBefore()), Timestamp.from(d.createdAt()), Timestamp.from(d.updatedAt()))
                .update();
    }

    /** Claims due deliveries for a lease (another replica skips them; a dispatcher that dies leaves them to the next). */
    List<WebhookDelivery> claimDue(Instant now, Instant until, int batch) {
        return jdbc.sql("""
                with due as (
                    select id from webhook_delivery
                    where status = 'PENDING' and not_before <= :now and (claimed_until is null or claimed_until < :now)
                    order by not_before limit :batch for update skip locked)
                update webhook_delivery d set claimed_until = :until from due where d.id = due.id
                returning d.*""")
                .param("now", Timestamp.from(now))
                .param("until", Timestamp.from(until))
                .param("batch", batch)
                .query(this::delivery)
                .list();
    }

    void update(WebhookDelivery d) {
        jdbc.sql("""
                update webhook_delivery set status = ?, attempts = ?, not_before = ?, last_response = ?, updated_at = ?,
                    claimed_until = null
                where id = ?""")
                .params(d.status().name(), d.attempts(), Timestamp.from(d.notBefore()), d.lastResponse(),
                        Timestamp.from(d.updatedAt()), d.id())
                .update();
    }

    List<WebhookDelivery> deliveriesOf(UUID subscriptionId, String status, PageRequest page) {
        return jdbc.sql("""
                select * from webhook_delivery where subscription_id = ? and (cast(? as text) is null or status = ?)
                order by created_at desc, id limit ? offset ?""")
                .params(subscriptionId, status, status, page.size(), page.offset())
                .query(this::delivery)
                .list();
    }

    long countOf(UUID subscriptionId, String status) {
        return jdbc.sql("""
                select count(*) from webhook_delivery where subscription_id = ? and (cast(? as text) is null or status = ?)""")
                .params(subscriptionId, status, status)
                .query(Long.class)
                .single();
    }

    Optional<WebhookDelivery> delivery(UUID subscriptionId, UUID id) {
        return jdbc.sql("select * from webhook_delivery where subscription_id = ? and id = ? for update")
                .params(subscriptionId, id)
                .query(this::delivery)
                .optional();
    }

    private WebhookSubscription subscription(ResultSet rs, int row) throws SQLException {
        Array resources = rs.getArray("resources");
        return new WebhookSubscription(rs.getObject("id", UUID.class), rs.getString("department"), rs.getString("url"),
                rs.getString("secret"), Arrays.asList((String[]) resources.getArray()), rs.getBoolean("active"),
                rs.getString("created_by"), rs.getTimestamp("created_at").toInstant());
    }

    private WebhookDelivery delivery(ResultSet rs, int row) throws SQLException {
        return new WebhookDelivery(rs.getObject("id", UUID.class), rs.getObject("subscription_id", UUID.class),
                rs.getString("event_id"), rs.getString("event_type"), rs.getString("body"),
                WebhookDelivery.Status.valueOf(rs.getString("status")), rs.getInt("attempts"),
                rs.getTimestamp("not_before").toInstant(), rs.getString("last_response"),
                rs.getTimestamp("created_at").toInstant(), rs.getTimestamp("updated_at").toInstant());
    }
}
