package org.onestop.testsupport;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.onestop.contracts.CloudEvents;
import org.onestop.contracts.DomainEvent;
import tools.jackson.databind.json.JsonMapper;

/** Publishes events to the test broker the way another service would, with CloudEvents headers. */
public final class TestEvents {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** Publishes the event and returns its {@code ce_id}. */
    public static String publish(String topic, DomainEvent event) {
        return publish(topic, event, UUID.randomUUID().toString());
    }

    /** Publishes the event under a chosen {@code ce_id}, e.g. to send the same event twice. */
    public static String publish(String topic, DomainEvent event, String eventId) {
        return publishRaw(topic, event.aggregateId(), JSON.writeValueAsString(event),
                new ProducerRecordHeaders(event, eventId));
    }

    /** Publishes the event as if it had happened at {@code time} ({@code ce_time}), e.g. weeks ago. */
    public static String publishAt(String topic, DomainEvent event, Instant time) {
        String eventId = UUID.randomUUID().toString();
        return publishRaw(topic, event.aggregateId(), JSON.writeValueAsString(event),
                new ProducerRecordHeaders(event, eventId, time));
    }

    /** Publishes a body as it is, for tests of malformed records. */
    public static String publishRaw(String topic, String key, String body, ProducerRecordHeaders headers) {
        Properties config = new Properties();
        config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, RealInfrastructure.kafkaBootstrapServers());
        config.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        config.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        try (var producer = new KafkaProducer<String, String>(config)) {
            var record = new ProducerRecord<>(topic, key, body);
            headers.applyTo(record);
            producer.send(record).get();
            return headers.eventId();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("cannot publish to " + topic, e);
        }
    }

    /** The CloudEvents headers of a test record. */
    public record ProducerRecordHeaders(DomainEvent event, String eventId, Instant time) {

        /** Headers of an event that happens now. */
        public ProducerRecordHeaders(DomainEvent event, String eventId) {
            this(event, eventId, Instant.now());
        }

        void applyTo(ProducerRecord<String, String> record) {
            CloudEvents.headersFor(event, eventId, "/onestop/test", time, "test-" + eventId)
                    .forEach((name, value) -> record.headers().add(name, value.getBytes(StandardCharsets.UTF_8)));
        }
    }
}
