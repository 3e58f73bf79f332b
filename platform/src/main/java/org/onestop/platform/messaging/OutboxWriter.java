package org.onestop.platform.messaging;

import java.time.Clock;
import java.util.Map;
import java.util.UUID;
import org.onestop.contracts.CloudEvents;
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
        return CloudEvents.headersFor(event, UUID.randomUUID().toString(), source, clock.instant(),
                RequestContext.correlationId());
    }
}
