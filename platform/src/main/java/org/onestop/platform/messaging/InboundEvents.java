package org.onestop.platform.messaging;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.function.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.onestop.contracts.CloudEvents;
import org.onestop.contracts.DomainEvent;
import org.onestop.contracts.EventTypes;
import org.onestop.platform.web.RequestContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Hands a Kafka record to a listener's handler exactly once per consumer: the handler runs in a
 * transaction that also records {@code (consumer, ce_id)}, so a redelivered event is skipped and
 * a failed handler leaves no trace. Records of an unknown type are skipped (a newer producer may
 * publish types this consumer does not know); a record without a CloudEvents id or with a body
 * that cannot be read is an error and goes to the dead-letter topic after the retries.
 */
public class InboundEvents {

    private static final Logger log = LoggerFactory.getLogger(InboundEvents.class);

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;

    public InboundEvents(JdbcClient jdbc, TransactionTemplate transactions) {
        this.jdbc = jdbc;
        this.transactions = transactions;
    }

    /** Handles the record once for {@code consumer}, unless it is a duplicate or of an unknown type. */
    public void handleOnce(String consumer, ConsumerRecord<String, String> record, Consumer<EventMessage> handler) {
        String eventId = header(record, CloudEvents.ID)
                .orElseThrow(() -> new MalformedEventException("record without " + CloudEvents.ID + " at "
                        + record.topic() + "/" + record.partition() + "@" + record.offset()));
        String type = header(record, CloudEvents.TYPE).orElse("");
        Optional<Class<? extends DomainEvent>> recordClass = EventTypes.recordFor(type);
        if (recordClass.isEmpty()) {
            log.debug("Skipping event {} of unknown type '{}'", eventId, type);
            return;
        }
        DomainEvent event = read(record, recordClass.get());
        EventMessage message = new EventMessage(eventId, type, record.topic(), header(record, CloudEvents.TIME).orElse(null),
                header(record, CloudEvents.SOURCE).orElse(null), event, record.value());
        try (var scope = RequestContext.open(header(record, CloudEvents.CORRELATION_ID).orElse(eventId), event.channel())) {
            transactions.executeWithoutResult(status -> {
                int inserted = jdbc.sql("insert into processed_event (consumer, event_id) values (?, ?) on conflict do nothing")
                        .params(consumer, eventId)
                        .update();
                if (inserted == 0) {
                    log.debug("Skipping duplicate event {} for {}", eventId, consumer);
                    return;
                }
                handler.accept(message);
            });
        }
    }

    private static DomainEvent read(ConsumerRecord<String, String> record, Class<? extends DomainEvent> type) {
        try {
            return EventJson.read(record.value(), type);
        } catch (RuntimeException e) {
            throw new MalformedEventException("unreadable " + type.getSimpleName() + " at " + record.topic() + "/"
                    + record.partition() + "@" + record.offset() + ": " + e.getMessage());
        }
    }

    private static Optional<String> header(ConsumerRecord<?, ?> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? Optional.empty() : Optional.of(new String(header.value(), StandardCharsets.UTF_8));
    }

    /** An event as a handler sees it: the typed record plus its CloudEvents attributes. */
    public record EventMessage(String eventId, String type, String topic, String time, String source,
                               DomainEvent event, String json) {
    }

    /** A record that can never be handled; it is not retried. */
    public static class MalformedEventException extends RuntimeException {
        public MalformedEventException(String message) {
            super(message);
        }
    }
}
