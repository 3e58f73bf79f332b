package org.onestop.portal.content;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.onestop.contracts.Topics;
import org.onestop.contracts.management.ArticlePublished;
import org.onestop.contracts.management.ArticleWithdrawn;
import org.onestop.platform.messaging.InboundEvents;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/** Keeps the public articles in step with what management publishes and withdraws. */
@Component
class ContentFeedListener {

    private final InboundEvents inbound;
    private final ArticleRepository articles;

    ContentFeedListener(InboundEvents inbound, ArticleRepository articles) {
        this.inbound = inbound;
        this.articles = articles;
    }

    @KafkaListener(id = "portal-content", topics = Topics.CONTENT)
    void on(ConsumerRecord<String, String> record) {
        inbound.handleOnce("portal.content", record, message -> {
            if (message.event() instanceof ArticlePublished published) {
                articles.recordPublished(published);
            } else if (message.event() instanceof ArticleWithdrawn withdrawn) {
                articles.recordWithdrawn(withdrawn);
            }
        });
    }
}
