package org.onestop.portal.notification;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Time;
import java.sql.Timestamp;
import java.time.LocalTime;
import java.util.Locale;
import org.onestop.portal.notification.domain.NotificationPreferences;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class PreferenceRepository {

    private final JdbcClient jdbc;

    PreferenceRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    NotificationPreferences of(String accountId) {
        return jdbc.sql("select * from notification_preference where account_id = ?")
                .param(accountId)
                .query(this::map)
                .optional()
                .orElseGet(() -> NotificationPreferences.none(accountId));
    }

    void save(NotificationPreferences p) {
        jdbc.sql("""
                insert into notification_preference (account_id, email, email_enabled, phone, sms_enabled, quiet_from,
                    quiet_until, language, updated_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?)
                on conflict (account_id) do update set email = excluded.email, email_enabled = excluded.email_enabled,
                    phone = excluded.phone, sms_enabled = excluded.sms_enabled, quiet_from = excluded.quiet_from, quiet_until = excluded.quiet_until, language = excluded.language,
                    updated_at = excluded.updated_at""")
                .params(p.accountId(), p.email(), p.emailEnabled(), p.phone(), p.smsEnabled(), time(p.quietFrom()), time(p.quietUntil()),
                        p.language().toLanguageTag(), Timestamp.from(p.updatedAt()))
                .update();
    }

    private static Time time(LocalTime time) {
        return time == null ? null : Time.valueOf(time);
    }

    private NotificationPreferences map(ResultSet rs, int row) throws SQLException {
        Time from = rs.getTime("quiet_from");
        Time until = rs.getTime("quiet_until");
        return new NotificationPreferences(rs.getString("account_id"), rs.getString("email"),
                rs.getBoolean("email_enabled"), rs.getString("phone"), rs.getBoolean("sms_enabled"), from == null ? null : from.toLocalTime(),
                until == null ? null : until.toLocalTime(), Locale.forLanguageTag(rs.getString("language")),
                rs.getTimestamp("updated_at").toInstant());
    }
}
