package org.onestop.platform.messaging;

import org.apache.kafka.common.TopicPartition;
import org.onestop.contracts.Topics;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.util.backoff.ExponentialBackOff;

/**
 * Bounded retries, then the dead-letter topic {@code <topic>.dlt} with the original headers plus
 * the exception, so a poison record never blocks its partition and can be replayed later.
 */
final class DeadLetters {

    static DefaultErrorHandler errorHandler(KafkaTemplate<Object, Object> template, int attempts) {
        var recoverer = new DeadLetterPublishingRecoverer(template,
                (record, exception) -> new TopicPartition(Topics.deadLetterOf(record.topic()), -1));
        var backOff = new ExponentialBackOff(200, 2.0);
        backOff.setMaxAttempts(attempts - 1);
        var handler = new DefaultErrorHandler(recoverer, backOff);
        handler.addNotRetryableExceptions(InboundEvents.MalformedEventException.class);
        return handler;
    }

    private DeadLetters() {
    }
}
