package org.onestop.datasharing.eventlog;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.onestop.contracts.DomainEvent;
import org.onestop.platform.messaging.InboundEvents.EventMessage;
import org.onestop.platform.web.PageRequest;
import org.onestop.platform.web.PageResponse;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The append-only record of every platform event: a read model (a component, not a repository of an aggregate),
 * written by the listener and queried by supervisors with nothing to decide in between.
 */
@Component
class EventLog {

    private static final String MATCHES = "(cast(:subject as text) is null or subject = :subject) "
            + "and (cast(:type as text) is null or event_type = :type)";

    private final JdbcClient jdbc;

    EventLog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void append(EventMessage message) {
        DomainEvent event = message.event();
        jdbc.sql("""
                insert into event_log (event_id, topic, event_type, aggregate_id, subject, source, region_code,
                    department_code, channel, occurred_at, payload)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, cast(? as jsonb)) on conflict (event_id) do nothing""")
                .params(message.eventId(), message.topic(), message.type(), event.aggregateId(), event.subject(),
                        message.source(), event.regionCode(), event.departmentCode(), event.channel(),
                        occurredAt(message.time()), message.json())
                .update();
    }

    PageResponse<LoggedEvent> search(String subject, String type, PageRequest page) {
        List<LoggedEvent> content = jdbc.sql("select event_id, topic, event_type, aggregate_id, subject, source, "
                        + "region_code, department_code, channel, occurred_at, recorded_at from event_log where " + MATCHES
                        + " order by recorded_at, event_id limit :limit offset :offset")
                .param("subject", subject)
                .param("type", type)
                .param("limit", page.size())
                .param("offset", page.offset())
                .query((rs, n) -> new LoggedEvent(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9),
                        rs.getTimestamp(10) == null ? null : rs.getTimestamp(10).toInstant(),
                        rs.getTimestamp(11).toInstant()))
                .list();
        long total = jdbc.sql("select count(*) from event_log where " + MATCHES)
                .param("subject", subject)
                .param("type", type)
                .query(Long.class)
                .single();
        return PageResponse.of(content, page, total);
    }

    private static Timestamp occurredAt(String ceTime) {
        if (ceTime == null) {
            return null;
        }
        try {
            return Timestamp.from(Instant.parse(ceTime));
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** One logged event, without its body. */
    record LoggedEvent(String eventId, String topic, String type, String aggregateId, String subject, String source,
                       String regionCode, String departmentCode, String channel, Instant occurredAt,
                       Instant recordedAt) {
    }
}
