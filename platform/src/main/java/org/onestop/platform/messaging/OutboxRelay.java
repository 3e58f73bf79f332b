package org.onestop.platform.messaging;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.InvalidRecordException;
import org.apache.kafka.common.errors.InvalidTopicException;
import org.apache.kafka.common.errors.RecordBatchTooLargeException;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.common.errors.SerializationException;
import org.postgresql.PGConnection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.jdbc.autoconfigure.DataSourceProperties;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.core.ProducerFactory;
import tools.jackson.core.type.TypeReference;

/**
 * Sends outbox rows to Kafka in id order and deletes them once the broker acknowledged them.
 *
 * <p>Every instance of a service runs a relay, but only the one holding the database's advisory
 * lock sends: the lock lives on a dedicated connection, so when the active instance dies its
 * connection closes, the lock is released, and a standby takes over at its next try. The active
 * relay sleeps on LISTEN/NOTIFY (the {@link OutboxWriter} notifies on commit) with a short poll
 * as a safety net, so the lag from commit to send stays in milliseconds.
 *
 * <p>If a batch fails part-way, only the acknowledged prefix is deleted and the rest is sent
 * again; consumers drop the duplicates by {@code ce_id}. A row Kafka refuses for good (too large,
 * invalid) is no reason to stop: it is moved to {@code outbox_dead_letter} with the reason (metric
 * {@code onestop.outbox.dead.letters}, alert OneStopOutboxDeadLetters) and the rows behind it go on. Rows are deleted by id, never as "every
 * id up to", so a row of a transaction that committed after a higher id was sent is not lost.
 */
public class OutboxRelay implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);
    private static final String LOCK_SQL = "select pg_try_advisory_lock(hashtext('onestop.outbox.relay'))";
    private static final TypeReference<Map<String, String>> HEADERS = new TypeReference<>() {
    };

    private final JdbcClient jdbc;
    private final DataSourceProperties dataSource;
    private final ProducerFactory<Object, Object> producers;
    private final OutboxProperties properties;
    private final AtomicBoolean running = new AtomicBoolean();
    private final AtomicBoolean leader = new AtomicBoolean();
    private final Counter sent;
    private final Counter deadLettered;
    private volatile Thread worker;
    private Connection lockConnection;
    private Producer<Object, Object> producer;

    public OutboxRelay(JdbcClient jdbc, DataSourceProperties dataSource, ProducerFactory<Object, Object> producers,
                       OutboxProperties properties, MeterRegistry meters) {
        this.jdbc = jdbc;
        this.dataSource = dataSource;
        this.producers = producers;
        this.properties = properties;
        this.sent = Counter.builder("onestop.outbox.sent").description("Outbox rows acknowledged by Kafka")
                .register(meters);
        this.deadLettered = Counter.builder("onestop.outbox.dead.lettered")
                .description("Outbox rows Kafka refused for good, moved to outbox_dead_letter").register(meters);
        Gauge.builder("onestop.outbox.dead.letters", this, relay -> relay.count("outbox_dead_letter"))
                .description("Rows in outbox_dead_letter waiting for an operator").register(meters);
        Gauge.builder("onestop.outbox.relay.active", leader, l -> l.get() ? 1 : 0)
                .description("1 when this instance holds the relay lock").register(meters);
        Gauge.builder("onestop.outbox.backlog", this, relay -> relay.backlog("count(*)"))
                .description("Outbox rows not yet acknowledged by Kafka").register(meters);
        Gauge.builder("onestop.outbox.oldest.age", this,
                        relay -> relay.backlog("coalesce(extract(epoch from now() - min(created_at)), 0)"))
                .description("Age of the oldest unsent outbox row").baseUnit("seconds").register(meters);
    }

    public boolean isActive() {
        return leader.get();
    }

    @Override
    public void start() {
        if (running.compareAndSet(false, true)) {
            Thread thread = new Thread(this::run, "outbox-relay");
            thread.setDaemon(true);
            worker = thread;
            thread.start();
        }
    }

    @Override
    public void stop() {
        running.set(false);
        Thread thread = worker;
        if (thread != null) {
            thread.interrupt();
            try {
                thread.join(TimeUnit.SECONDS.toMillis(10));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public boolean isRunning() {
        return running.get();
    }

    @Override
    public int getPhase() {
        // start after the web server and stop before the Kafka infrastructure
        return Integer.MAX_VALUE - 100;
    }

    private void run() {
        while (running.get()) {
            try {
                if (!leader.get() && !tryToLead()) {
                    waitForNotification(properties.leaderRetryInterval().toMillis());
                    continue;
                }
                if (relayBatch() < properties.batchSize()) {
                    waitForNotification(properties.pollInterval().toMillis());
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            } catch (Exception e) {
                if (running.get()) {
                    log.warn("Outbox relay failed, retrying: {}", e.toString());
                    stepDown();
                    pause();
                }
            }
        }
        stepDown();
        closeProducer();
    }

    private boolean tryToLead() throws SQLException {
        if (lockConnection == null || !lockConnection.isValid(2)) {
            closeLockConnection();
            lockConnection = DriverManager.getConnection(dataSource.determineUrl(), dataSource.determineUsername(),
                    dataSource.determinePassword());
            try (Statement statement = lockConnection.createStatement()) {
                statement.execute("LISTEN " + OutboxWriter.CHANNEL_NAME);
            }
        }
        try (Statement statement = lockConnection.createStatement();
             var result = statement.executeQuery(LOCK_SQL)) {
            result.next();
            boolean acquired = result.getBoolean(1);
            if (acquired) {
                log.info("This instance is now the active outbox relay");
                leader.set(true);
            }
            return acquired;
        }
    }

    private int relayBatch() throws Exception {
        List<OutboxRow> rows = jdbc.sql("select id, topic, message_key, payload, headers::text from outbox_message order by id limit ?")
                .param(properties.batchSize())
                .query((rs, n) -> new OutboxRow(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5)))
                .list();
        if (rows.isEmpty()) {
            return 0;
        }
        Producer<Object, Object> kafka = producer();
        List<Future<RecordMetadata>> acks = new ArrayList<>(rows.size());
        for (OutboxRow row : rows) {
            acks.add(send(kafka, row));
        }
        kafka.flush();
        List<Long> acknowledged = new ArrayList<>(rows.size());
        boolean refused = false;
        Exception failure = null;
        for (int i = 0; i < rows.size() && failure == null; i++) {
            try {
                acks.get(i).get(60, TimeUnit.SECONDS);
                acknowledged.add(rows.get(i).id());
            } catch (Exception e) {
                Throwable cause = e instanceof ExecutionException ? e.getCause() : e;
                if (refusedForGood(cause)) {
                    // Never sendable as it is: set it aside and go on with the rows behind it, which are
                    // not held up by a record that will never be delivered.
                    moveAside(rows.get(i), cause);
                    refused = true;
                } else {
                    // Transient (broker away, leader moving, time-out): stop here, so that the rows
                    // behind this one are sent again after it and keep their order.
                    failure = e;
                }
            }
        }
        if (!acknowledged.isEmpty()) {
            // Exactly the rows sent, not "every id up to the last one": a transaction that took a lower
            // id may commit between this batch's select and this delete, and its rows must wait for the
            // next batch instead of being deleted unsent.
            int deleted = jdbc.sql("delete from outbox_message where id = any(?)")
                    .param(acknowledged.toArray(Long[]::new)).update();
            sent.increment(deleted);
        }
        if (failure != null || refused) {
            // A fresh producer after any failure: its idempotence state starts anew.
            closeProducer();
        }
        if (failure != null) {
            throw failure;
        }
        return rows.size();
    }

    /**
     * Whether the broker or the client refused a record for good: sending it again would fail the same way.
     * Anything else (a broker away, a time-out, a leader election) is worth retrying.
     */
    static boolean refusedForGood(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof RecordTooLargeException || cause instanceof RecordBatchTooLargeException
                    || cause instanceof InvalidRecordException || cause instanceof InvalidTopicException
                    || cause instanceof SerializationException || cause instanceof UnreadableRowException) {
                return true;
            }
        }
        return false;
    }

    private static Future<RecordMetadata> send(Producer<Object, Object> kafka, OutboxRow row) {
        try {
            return kafka.send(row.toRecord());
        } catch (RuntimeException e) {
            // e.g. a serialization failure, thrown by send itself rather than through the future
            return CompletableFuture.failedFuture(e);
        }
    }

    private void moveAside(OutboxRow row, Throwable cause) {
        String reason = cause.getClass().getSimpleName() + ": " + cause.getMessage();
        if (reason.length() > 1000) {
            reason = reason.substring(0, 1000);
        }
        int moved = jdbc.sql("""
                        with moved as (delete from outbox_message where id = ? returning *)
                        insert into outbox_dead_letter (id, topic, message_key, payload, headers, created_at, reason)
                        select id, topic, message_key, payload, headers, created_at, ? from moved""")
                .params(row.id(), reason).update();
        if (moved > 0) {
            deadLettered.increment();
            // Names the row, never its payload (it may carry personal data).
            log.error("Outbox row {} (topic {}, key {}) refused by Kafka for good, moved to outbox_dead_letter: {}",
                    row.id(), row.topic(), row.key(), reason);
        }
    }

    private double backlog(String aggregate) {
        try {
            return jdbc.sql("select " + aggregate + " from outbox_message").query(Double.class).single();
        } catch (RuntimeException e) {
            return Double.NaN;
        }
    }

    private double count(String table) {
        try {
            return jdbc.sql("select count(*) from " + table).query(Double.class).single();
        } catch (RuntimeException e) {
            return Double.NaN;
        }
    }

    private void waitForNotification(long millis) throws SQLException, InterruptedException {
        if (Thread.interrupted()) {
            throw new InterruptedException();
        }
        if (lockConnection == null) {
            Thread.sleep(millis);
            return;
        }
        lockConnection.unwrap(PGConnection.class).getNotifications((int) millis);
    }

    private Producer<Object, Object> producer() {
        if (producer == null) {
            producer = producers.createProducer();
        }
        return producer;
    }

    private void stepDown() {
        if (leader.getAndSet(false)) {
            log.info("This instance is no longer the active outbox relay");
        }
        closeLockConnection();
    }

    private void closeLockConnection() {
        if (lockConnection != null) {
            try {
                lockConnection.close();
            } catch (SQLException e) {
                log.debug("Closing the relay's lock connection failed", e);
            }
            lockConnection = null;
        }
    }

    private void closeProducer() {
        if (producer != null) {
            try {
                producers.reset();
            } catch (RuntimeException e) {
                log.debug("Closing the relay's producer failed", e);
            }
            producer = null;
        }
    }

    private void pause() {
        try {
            Thread.sleep(properties.leaderRetryInterval().toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private record OutboxRow(long id, String topic, String key, String payload, String headersJson) {

        ProducerRecord<Object, Object> toRecord() {
            ProducerRecord<Object, Object> record = new ProducerRecord<>(topic, key, payload);
            Map<String, String> headers;
            try {
                headers = EventJson.mapper().readValue(headersJson, HEADERS);
            } catch (RuntimeException e) {
                throw new UnreadableRowException("headers are not a JSON object of strings: " + e.getMessage());
            }
            headers.forEach((name, value) -> record.headers().add(name, value.getBytes(StandardCharsets.UTF_8)));
            return record;
        }
    }

    /** A row that cannot be made into a record at all. */
    static final class UnreadableRowException extends RuntimeException {

        UnreadableRowException(String message) {
            super(message);
        }
    }
}
