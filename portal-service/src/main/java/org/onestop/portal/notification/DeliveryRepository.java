package org.onestop.portal.notification;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.onestop.portal.notification.domain.Delivery;
import org.onestop.portal.notification.domain.DeliveryChannel;
import org.onestop.portal.notification.domain.DeliveryStatus;
import org.onestop.portal.notification.domain.NotificationKind;
import org.onestop.portal.notification.domain.NotificationPreferences;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class DeliveryRepository {

    private final JdbcClient jdbc;

    DeliveryRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(Delivery d) {
        jdbc.sql("""
                insert into notification_delivery (id, notification_id, account_id, region_code, department_code, channel,
                    address, status, attempts, not_before, content_hash, created_at, updated_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                on conflict (notification_id, channel) do nothing""")
                .params(d.id(), d.notificationId(), d.accountId(), d.regionCode(), d.departmentCode(), d.channel().name(),
                        d.address(), d.status().name(), d.attempts(), Timestamp.from(d.notBefore()), d.contentHash(),
                        Timestamp.from(d.createdAt()), Timestamp.from(d.updatedAt()))
                .update();
    }

    /**
     * Claims up to {@code batch} messages due now that nobody holds, for {@code until}: another replica skips them,
     * and a dispatcher that dies leaves them to the next one once the lease ends. Each comes with what to say.
     */
    List<Claimed> claimDue(Instant now, Instant until, int batch) {
        return jdbc.sql("""
                with due as (
                    select id from notification_delivery
                    where status in ('QUEUED', 'TEMPORARY_FAILURE') and not_before <= :now
                      and (claimed_until is null or claimed_until < :now)
                    order by not_before
                    limit :batch
                    for update skip locked)
                update notification_delivery d set claimed_until = :until
                from due, notification n
                where d.id = due.id and n.id = d.notification_id
                returning d.*, n.kind, n.title, n.text, n.reference,
                    (select p.language from notification_preference p where p.account_id = d.account_id) as language""")
                .param("now", Timestamp.from(now))
                .param("until", Timestamp.from(until))
                .param("batch", batch)
                .query((rs, row) -> new Claimed(map(rs, row), NotificationKind.valueOf(rs.getString("kind")),
                        rs.getString("title"), rs.getString("text"), rs.getString("reference"),
                        rs.getString("language") == null ? NotificationPreferences.CHINESE
                                : Locale.forLanguageTag(rs.getString("language"))))
                .list();
    }

    /** Records a move and lets go of the claim. */
    void update(Delivery d) {
        jdbc.sql("""
                update notification_delivery set status = ?, attempts = ?, not_before = ?, last_error = ?,
                    provider_message_id = ?, updated_at = ?, claimed_until = null,
                    sent_at = case when ? = 'SENT' then ? else sent_at end
                where id = ?""")
                .params(d.status().name(), d.attempts(), Timestamp.from(d.notBefore()), d.lastError(),
                        d.providerMessageId(), Timestamp.from(d.updatedAt()), d.status().name(),
                        Timestamp.from(d.updatedAt()), d.id())
                .update();
    }

    /** Records a move if the delivery is still where it was read (another replica may have recorded it first). */
    boolean updateIfStill(Delivery d, DeliveryStatus was) {
        return jdbc.sql("""
                update notification_delivery set status = ?, last_error = ?, updated_at = ?
                where id = ? and status = ?""")
                .params(d.status().name(), d.lastError(), Timestamp.from(d.updatedAt()), d.id(), was.name())
                .update() == 1;
    }

    /** Messages sent on a channel to an address since a time, all of them or only those saying the same. */
    int sentTo(DeliveryChannel channel, String address, Instant since, String contentHash) {
        return jdbc.sql("""
                select count(*) from notification_delivery
                where channel = ? and address = ? and sent_at >= ?
                  and (cast(? as text) is null or content_hash = ?)""")
                .params(channel.name(), address, Timestamp.from(since), contentHash, contentHash)
                .query(Integer.class)
                .single();
    }

    /** Sent messages of a channel still without a receipt, oldest first, sent since a time. */
    List<Delivery> awaitingReceipt(DeliveryChannel channel, Instant since, int limit) {
        return jdbc.sql("""
                select * from notification_delivery
                where channel = ? and status = 'SENT' and provider_message_id is not null and updated_at >= ?
                order by updated_at limit ?""")
                .params(channel.name(), Timestamp.from(since), limit)
                .query(this::map)
                .list();
    }

    /** A sent message of a channel by the channel's id of it. */
    java.util.Optional<Delivery> sentByProviderId(DeliveryChannel channel, String providerMessageId) {
        return jdbc.sql("""
                select * from notification_delivery where channel = ? and provider_message_id = ? and status = 'SENT'""")
                .params(channel.name(), providerMessageId)
                .query(this::map)
                .optional();
    }

    /** The deliveries of these notifications, by notification. */
    Map<UUID, List<Delivery>> ofNotifications(Collection<UUID> notificationIds) {
        if (notificationIds.isEmpty()) {
            return Map.of();
        }
        return jdbc.sql("select * from notification_delivery where notification_id in (:ids) order by created_at, channel")
                .param("ids", notificationIds)
                .query(this::map)
                .list()
                .stream()
                .collect(Collectors.groupingBy(Delivery::notificationId));
    }

    private Delivery map(ResultSet rs, int row) throws SQLException {
        return new Delivery(rs.getObject("id", UUID.class), rs.getObject("notification_id", UUID.class),
                rs.getString("account_id"), rs.getString("region_code"), rs.getString("department_code"),
                DeliveryChannel.valueOf(rs.getString("channel")), rs.getString("address"),
                DeliveryStatus.valueOf(rs.getString("status")), rs.getInt("attempts"),
                rs.getTimestamp("not_before").toInstant(), rs.getString("last_error"),
                rs.getString("provider_message_id"), rs.getString("content_hash"), rs.getTimestamp("created_at").toInstant(), rs.getTimestamp("updated_at").toInstant());
    }

    /** A claimed message with what it is to say, and in which language. */
    record Claimed(Delivery delivery, NotificationKind kind, String title, String text, String reference,
                   Locale language) {
    }
}
