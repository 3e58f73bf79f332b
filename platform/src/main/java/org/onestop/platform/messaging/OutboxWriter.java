package org.onestop.platform.messaging;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.onestop.contracts.DomainEvent;
import org.onestop.platform.web.RequestContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records events in the outbox table inside the caller's transaction, so an event exists if and
 * only if the state change that caused it committed. The {@link OutboxRelay} sends them.
 */
public class OutboxWriter {

    static final String CHANNEL_NAME = "onestop_outbox";

    private final JdbcClient jdbc;
    private final String source;
    private final Clock clock;

    public OutboxWriter(JdbcClient jdbc, String applicationName, Clock clock) {
        this.jdbc = jdbc;
        this.source = "/onestop/" + applicationName;
        this.clock = clock;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void append(String topic, DomainEvent event) {
        jdbc.sql("insert into outbox_message (topic, message_key, payload, headers) values (?, ?, ?, cast(? as jsonb))")
                .params(topic, event.aggregateId(), EventJson.write(event), EventJson.mapper().writeValueAsString(headersOf(event)))
                .update();
        jdbc.sql("select pg_notify(?, '')").param(CHANNEL_NAME).query().singleRow();
    }

    private Map<String, String> headersOf(DomainEvent event) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put(CloudEventHeaders.ID, UUID.randomUUID().toString());
        headers.put(CloudEventHeaders.SOURCE, source);
        headers.put(CloudEventHeaders.SPEC_VERSION, "1.0");
        headers.put(CloudEventHeaders.TYPE, event.eventType());
        headers.put(CloudEventHeaders.TIME, clock.instant().toString());
        headers.put(CloudEventHeaders.CONTENT_TYPE, "application/json");
        putIfPresent(headers, CloudEventHeaders.SUBJECT, event.subject());
        putIfPresent(headers, CloudEventHeaders.CORRELATION_ID, RequestContext.correlationId());
        putIfPresent(headers, CloudEventHeaders.CHANNEL, event.channel());
        putIfPresent(headers, CloudEventHeaders.REGION, event.regionCode());
        putIfPresent(headers, CloudEventHeaders.DEPARTMENT, event.departmentCode());
        return headers;
    }

    private static void putIfPresent(Map<String, String> headers, String name, String value) {
        if (value != null && !value.isBlank()) {
            headers.put(name, value);
        }
    }
}
