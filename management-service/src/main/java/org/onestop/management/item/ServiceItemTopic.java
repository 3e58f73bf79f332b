package org.onestop.management.item;

import org.apache.kafka.clients.admin.NewTopic;
import org.onestop.contracts.Topics;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.TopicBuilder;

@Configuration(proxyBeanMethods = false)
class ServiceItemTopic {

    @Bean
    NewTopic serviceItemEvents() {
        return TopicBuilder.name(Topics.SERVICE_ITEM).partitions(3).build();
    }
}
