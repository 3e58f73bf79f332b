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
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.errors.InvalidTopicException;
import org.apache.kafka.common.errors.NotLeaderOrFollowerException;
import org.apache.kafka.common.errors.RecordTooLargeException;
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
 * other takes over when the first goes away. A row Kafka refuses for good is set aside and the
 * rows behind it flow on.
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
    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();

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

    @Test
    void aRecordTheClientRefusesForGoodIsMovedAsideAndTheRowsBehindItFlowOnInOrder() {
        try (EventProbe probe = EventProbe.on(topic)) {
            write(0, 5);
            // over the producer's 1 MiB max.request.size: refused before it reaches the broker
            transactions.executeWithoutResult(status -> writer.append(topic, event(5, "I".repeat(2_000_000))));
            write(6, 10);
            jdbc.sql("insert into outbox_message (topic, message_key, payload, headers) values (?, 'case-3', '{}', '[1,2]')")
                    .param(topic).update();
            write(10, 14);
            first.start();

            await().atMost(Duration.ofSeconds(30)).until(() -> probe.poll().size() >= 13 && backlog() == 0);
            assertDeliveredInOrderPerKey(probe, 13, 5);
            assertThat(deadLetters()).containsExactly(
                    entry("TN-5", "RecordTooLargeException"), entry(null, "UnreadableRowException"));
            assertThat(meters.get("onestop.outbox.dead.lettered").counter().count()).isEqualTo(2.0);
            assertThat(meters.get("onestop.outbox.dead.letters").gauge().value()).isEqualTo(2.0);
            assertThat(meters.get("onestop.outbox.sent").counter().count()).isEqualTo(13.0);
        }
    }

    @Test
    void aRecordTheBrokerRefusesForGoodIsMovedAsideAndTheRowsBehindItFlowOnInOrder() {
        // a producer that lets 2 MB records through, to a broker that takes 1 MiB (message.max.bytes)
        OutboxRelay relay = relay(Map.of("max.request.size", 5_000_000));
        try (EventProbe probe = EventProbe.on(topic)) {
            write(0, 5);
            transactions.executeWithoutResult(status -> writer.append(topic, event(5, "I".repeat(2_000_000))));
            write(6, 12);
            relay.start();

            await().atMost(Duration.ofSeconds(30)).until(() -> backlog() == 0 && probe.poll().size() >= 11);
            assertDeliveredInOrderPerKey(probe, 11, 5);
            assertThat(deadLetters()).containsExactly(entry("TN-5", "RecordTooLargeException"));
        } finally {
            relay.stop();
        }
    }

    @Test
    void onlyRecordsThatCanNeverBeSentCountAsRefusedForGood() {
        assertThat(OutboxRelay.refusedForGood(new RecordTooLargeException("too large"))).isTrue();
        assertThat(OutboxRelay.refusedForGood(new KafkaException(new InvalidTopicException("bad name")))).isTrue();
        assertThat(OutboxRelay.refusedForGood(new org.apache.kafka.common.InvalidRecordException("invalid"))).isTrue();
        assertThat(OutboxRelay.refusedForGood(new org.apache.kafka.common.errors.TimeoutException("broker away")))
                .isFalse();
        assertThat(OutboxRelay.refusedForGood(new NotLeaderOrFollowerException("leader moved"))).isFalse();
        assertThat(OutboxRelay.refusedForGood(new java.util.concurrent.TimeoutException())).isFalse();
    }

    /** Every good row arrived once per key in the order written; the refused one never did. */
    private void assertDeliveredInOrderPerKey(EventProbe probe, int expected, int refused) {
        Map<String, List<Integer>> firstSeenByKey = probe.poll().stream().collect(Collectors.groupingBy(
                r -> r.key(), Collectors.mapping(r -> sequenceOf(r.headers().get("ce_subject")), Collectors.toList())));
        firstSeenByKey.values().forEach(sequence -> assertThat(sequence.stream().distinct().toList()).isSorted());
        List<Integer> delivered = firstSeenByKey.values().stream().flatMap(List::stream).distinct().sorted().toList();
        assertThat(delivered).hasSize(expected).doesNotContain(refused);
    }

    private List<Map.Entry<String, String>> deadLetters() {
        return jdbc.sql("select headers->>'ce_subject', reason from outbox_dead_letter order by id")
                .query((rs, n) -> entry(rs.getString(1), rs.getString(2).substring(0, rs.getString(2).indexOf(':'))))
                .list();
    }

    private static Map.Entry<String, String> entry(String subject, String reason) {
        return new java.util.AbstractMap.SimpleImmutableEntry<>(subject, reason);
    }

    private void write(int from, int to) {
        IntStream.range(from, to).forEach(n -> transactions.executeWithoutResult(status -> writer.append(topic, event(n))));
    }

    private static CaseReceived event(int n) {
        return event(n, "I-1");
    }

    private static CaseReceived event(int n, String itemCode) {
        return new CaseReceived("case-" + (n % 7), "app-" + n, "TN-" + n, itemCode, 1, "330100", "D-1", "web", Instant.now());
    }

    private static int sequenceOf(String subject) {
        return Integer.parseInt(subject.substring("TN-".length()));
    }

    private long backlog() {
        return jdbc.sql("select count(*) from outbox_message").query(Long.class).single();
    }

    private OutboxRelay relay() {
        return relay(Map.of());
    }

    private OutboxRelay relay(Map<String, Object> producerOverrides) {
        var properties = new DataSourceProperties();
        properties.setUrl(url);
        properties.setUsername("postgres");
        properties.setPassword("postgres");
        var config = new java.util.HashMap<String, Object>(Map.of(
                "bootstrap.servers", RealInfrastructure.kafkaBootstrapServers(),
                "key.serializer", org.apache.kafka.common.serialization.StringSerializer.class,
                "value.serializer", org.apache.kafka.common.serialization.StringSerializer.class,
                "acks", "all",
                "enable.idempotence", true,
                "delivery.timeout.ms", 20_000,
                "request.timeout.ms", 10_000));
        config.putAll(producerOverrides);
        return new OutboxRelay(JdbcClient.create(dataSource()), properties, new DefaultKafkaProducerFactory<>(config),
                new OutboxProperties(50, Duration.ofMillis(100), Duration.ofMillis(200), List.of(), 3), meters);
    }

    private DataSource dataSource() {
        var dataSource = new PGSimpleDataSource();
        dataSource.setUrl(url);
        dataSource.setUser("postgres");
        dataSource.setPassword("postgres");
        return dataSource;
    }
}
