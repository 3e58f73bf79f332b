package org.onestop.platform.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.onestop.contracts.processing.CaseReceived;
import org.onestop.testsupport.EventProbe;
import org.onestop.testsupport.RealInfrastructure;
import org.postgresql.ds.PGSimpleDataSource;
import org.springframework.boot.jdbc.autoconfigure.DataSourceProperties;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Two instances of a service share one database: exactly one relay sends, in order, and the
 * other takes over when the first goes away.
 */
class OutboxRelayIT {

    private static final String TOPIC = "test.outbox-relay.v1";
    private static int runs;

    private final String topic = TOPIC + "-" + (++runs);
    private String url;
    private JdbcClient jdbc;
    private TransactionTemplate transactions;
    private OutboxWriter writer;
    private OutboxRelay first;
    private OutboxRelay second;

    @BeforeEach
    void sharedDatabase() {
        url = RealInfrastructure.newDatabase("outbox_relay");
        DataSource dataSource = dataSource();
        Flyway.configure().dataSource(dataSource).locations("classpath:db/platform").load().migrate();
        jdbc = JdbcClient.create(dataSource);
        transactions = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
        writer = new OutboxWriter(jdbc, "relay-test", Clock.systemUTC());
        first = relay();
        second = relay();
    }

    @AfterEach
    void stopRelays() {
        first.stop();
        second.stop();
    }

    @Test
    void oneRelaySendsEveryRowInOrderAndTheOtherTakesOverWhenItGoesAway() {
        try (EventProbe probe = EventProbe.on(topic)) {
            write(0, 150);
            first.start();
            await().atMost(Duration.ofSeconds(10)).until(first::isActive);
            second.start();

            await().atMost(Duration.ofSeconds(30)).until(() -> probe.poll().size() >= 150);
            assertThat(second.isActive()).isFalse();
            assertThat(backlog()).isZero();

            first.stop();
            write(150, 300);

            await().atMost(Duration.ofSeconds(30)).until(() -> probe.poll().size() >= 300);
            assertThat(second.isActive()).isTrue();
            assertThat(backlog()).isZero();
            Map<String, List<Integer>> sequenceByKey = probe.poll().stream().collect(Collectors.groupingBy(
                    r -> r.key(), Collectors.mapping(r -> sequenceOf(r.headers().get("ce_subject")), Collectors.toList())));
            sequenceByKey.values().forEach(sequence -> assertThat(sequence).isSorted().doesNotHaveDuplicates());
            assertThat(sequenceByKey.values().stream().mapToInt(List::size).sum()).isEqualTo(300);
        }
    }

    @Test
    void anEventOfARolledBackTransactionIsNeverSent() {
        try (EventProbe probe = EventProbe.on(topic)) {
            first.start();
            transactions.executeWithoutResult(status -> {
                writer.append(topic, event(1));
                status.setRollbackOnly();
            });
            write(2, 3);
            await().atMost(Duration.ofSeconds(20)).until(() -> probe.poll().size() == 1);
            assertThat(probe.poll()).extracting(r -> r.headers().get("ce_subject")).containsExactly("TN-2");
        }
    }

    private void write(int from, int to) {
        IntStream.range(from, to).forEach(n -> transactions.executeWithoutResult(status -> writer.append(topic, event(n))));
    }

    private static CaseReceived event(int n) {
        return new CaseReceived("case-" + (n % 7), "app-" + n, "TN-" + n, "I-1", 1, "330100", "D-1", "web", Instant.now());
    }

    private static int sequenceOf(String subject) {
        return Integer.parseInt(subject.substring("TN-".length()));
    }

    private long backlog() {
        return jdbc.sql("select count(*) from outbox_message").query(Long.class).single();
    }

    private OutboxRelay relay() {
        var properties = new DataSourceProperties();
        properties.setUrl(url);
        properties.setUsername("postgres");
        properties.setPassword("postgres");
        var producers = new DefaultKafkaProducerFactory<Object, Object>(Map.of(
                "bootstrap.servers", RealInfrastructure.kafkaBootstrapServers(),
                "key.serializer", org.apache.kafka.common.serialization.StringSerializer.class,
                "value.serializer", org.apache.kafka.common.serialization.StringSerializer.class,
                "acks", "all",
                "enable.idempotence", true));
        return new OutboxRelay(JdbcClient.create(dataSource()), properties, producers,
                new OutboxProperties(50, Duration.ofMillis(100), Duration.ofMillis(200), List.of(), 3),
                new SimpleMeterRegistry());
    }

    private DataSource dataSource() {
        var dataSource = new PGSimpleDataSource();
        dataSource.setUrl(url);
        dataSource.setUser("postgres");
        dataSource.setPassword("postgres");
        return dataSource;
    }
}
