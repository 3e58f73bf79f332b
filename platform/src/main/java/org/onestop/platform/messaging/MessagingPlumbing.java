package org.onestop.platform.messaging;

import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.admin.NewTopic;
import java.time.Clock;
import java.time.Duration;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.jdbc.autoconfigure.DataSourceProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.core.ProducerFactory;
import org.springframework.kafka.listener.CommonErrorHandler;
import org.springframework.transaction.support.TransactionTemplate;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(OutboxProperties.class)
public class MessagingPlumbing {

    @Bean
    KafkaAdmin.NewTopics publishedTopics(OutboxProperties properties) {
        return new KafkaAdmin.NewTopics(properties.topics().stream()
                .map(topic -> TopicBuilder.name(topic).partitions(properties.partitions()).build())
                .toArray(NewTopic[]::new));
    }

    @Bean
    OutboxWriter outboxWriter(JdbcClient jdbc, @Value("${spring.application.name}") String applicationName,
                              ObjectProvider<Clock> clock) {
        return new OutboxWriter(jdbc, applicationName, clock.getIfAvailable(Clock::systemUTC));
    }

    @Bean
    OutboxRelay outboxRelay(JdbcClient jdbc, DataSourceProperties dataSource, ProducerFactory<Object, Object> producers,
                            OutboxProperties properties, MeterRegistry meters) {
        return new OutboxRelay(jdbc, dataSource, producers, properties, meters);
    }

    @Bean
    InboundEvents inboundEvents(JdbcClient jdbc, TransactionTemplate transactions) {
        return new InboundEvents(jdbc, transactions);
    }

    @Bean
    InboundHousekeeping inboundHousekeeping(JdbcClient jdbc, MeterRegistry meters, ObjectProvider<Clock> clock,
                                            @Value("${onestop.inbound.retention:8d}") Duration retention,
                                            @Value("${onestop.inbound.purge-interval:1h}") Duration interval,
                                            @Value("${onestop.inbound.purge-batch:10000}") int batch) {
        return new InboundHousekeeping(jdbc, clock.getIfAvailable(Clock::systemUTC), retention, interval, batch, meters);
    }

    @Bean
    CommonErrorHandler deadLetterErrorHandler(ProducerFactory<Object, Object> producers) {
        return DeadLetters.errorHandler(new KafkaTemplate<>(producers), 4);
    }
}
