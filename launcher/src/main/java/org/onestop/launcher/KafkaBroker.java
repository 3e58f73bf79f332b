package org.onestop.launcher;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.common.Uuid;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A single-node Kafka broker in KRaft mode, run as its own JVM from the Kafka jars on the
 * launcher's class path, with its data in {@code home/kafka/data}. When it dies while the
 * platform runs (a crash, or a fault test killing it), the launcher starts it again.
 */
public final class KafkaBroker {

    private static final Duration READY_TIMEOUT = Duration.ofSeconds(120);
    private static final Duration STOP_GRACE = Duration.ofSeconds(60);

    private final PlatformSettings settings;
    private final Path propertiesFile;
    private volatile ChildProcess process;
    private volatile boolean stopping;

    private KafkaBroker(PlatformSettings settings) {
        this.settings = settings;
        this.propertiesFile = settings.kafkaHome().resolve("server.properties");
    }

    /** Writes server.properties, formats the storage on the first run and starts the broker process. */
    public static KafkaBroker start(PlatformSettings settings) {
        KafkaBroker broker = new KafkaBroker(settings);
        broker.writeProperties();
        broker.formatStorageOnce();
        broker.launch(true);
        return broker;
    }

    public long pid() {
        return process.pid();
    }

    private Path dataDirectory() {
        return settings.kafkaHome().resolve("data");
    }

    private Path log() {
        return settings.logFile("kafka");
    }

    private void writeProperties() {
        try {
            Files.createDirectories(settings.kafkaHome());
            Files.writeString(propertiesFile, KafkaServerProperties.render(
                    dataDirectory(), settings.kafkaPort(), settings.kafkaControllerPort()));
        } catch (IOException e) {
            throw new LaunchFailure(LaunchFailure.START_FAILED, "Cannot write " + propertiesFile + ": " + e.getMessage(), e);
        }
    }

    private void formatStorageOnce() {
        if (Files.exists(dataDirectory().resolve("meta.properties"))) {
            return;
        }
        ChildProcess format = ChildProcess.startJava("kafka-storage-format", javaArguments(
                        "kafka.tools.StorageTool", "format", "-t", Uuid.randomUuid().toString(),
                        "-c", propertiesFile.toString()),
                settings.home(), log(), settings.pidFile("kafka-storage-format"), false);
        format.process().onExit().join();
        PidFile.delete(settings.pidFile("kafka-storage-format"));
        if (format.exitCode() != 0) {
            throw new LaunchFailure(LaunchFailure.START_FAILED, "Formatting the Kafka storage failed (exit code "
                    + format.exitCode() + ")." + System.lineSeparator() + LogTail.of(log()));
        }
    }

    private void launch(boolean appendToLog) {
        process = ChildProcess.startJava("kafka", javaArguments("kafka.Kafka", propertiesFile.toString()),
                settings.home(), log(), settings.pidFile("kafka"), appendToLog);
        ChildProcess launched = process;
        launched.process().onExit().thenRun(() -> restartAfterUnexpectedExit(launched));
    }

    /** The broker gets the launcher's own class path, which holds the Kafka jars and slf4j-simple. */
    private List<String> javaArguments(String mainClass, String... arguments) {
        List<String> jvm = List.of("-Xmx512m", "-XX:+UseSerialGC", "-Djava.awt.headless=true",
                "-Dorg.slf4j.simpleLogger.defaultLogLevel=info",
                "-Dorg.slf4j.simpleLogger.showDateTime=true",
                "-Dorg.slf4j.simpleLogger.dateTimeFormat=yyyy-MM-dd'T'HH:mm:ss.SSS",
                "-cp", absoluteClassPath(), mainClass);
        return Stream.concat(jvm.stream(), Arrays.stream(arguments)).toList();
    }

    /** Absolute, because the broker runs in the data folder, not where the launcher was started. */
    private static String absoluteClassPath() {
        return Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .map(entry -> Path.of(entry).toAbsolutePath().toString())
                .collect(Collectors.joining(File.pathSeparator));
    }

    private synchronized void restartAfterUnexpectedExit(ChildProcess exited) {
        if (stopping || exited != process) {
            return;
        }
        System.out.println("Kafka broker (pid " + exited.pid() + ") exited with code " + exited.exitCode()
                + "; starting it again (log: " + log() + ")");
        launch(true);
        try {
            awaitReady(() -> stopping);
            System.out.println("Kafka broker is back (pid " + process.pid() + ")");
        } catch (LaunchFailure stillDown) {
            System.out.println(stillDown.getMessage());
        }
    }

    /**
     * Waits until the broker answers a cluster description, i.e. clients can use it.
     *
     * @param givingUp tells the wait to end early because the platform is stopping
     */
    public void awaitReady(BooleanSupplier givingUp) {
        Instant deadline = Instant.now().plus(READY_TIMEOUT);
        Map<String, Object> config = Map.of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, settings.kafkaBootstrapServers(),
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 3000,
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 5000,
                AdminClientConfig.RECONNECT_BACKOFF_MAX_MS_CONFIG, 500);
        try (Admin admin = Admin.create(config)) {
            while (true) {
                ChildProcess current = process;
                if (!current.isAlive()) {
                    throw new LaunchFailure(LaunchFailure.START_FAILED, "The Kafka broker exited during start-up (exit code "
                            + current.exitCode() + ")." + System.lineSeparator() + LogTail.of(log()));
                }
                if (givingUp.getAsBoolean()) {
                    return;
                }
                if (Instant.now().isAfter(deadline)) {
                    throw new LaunchFailure(LaunchFailure.START_FAILED, "The Kafka broker was not ready within "
                            + READY_TIMEOUT.toSeconds() + " s." + System.lineSeparator() + LogTail.of(log()));
                }
                try {
                    if (!admin.describeCluster().nodes().get(5, TimeUnit.SECONDS).isEmpty()) {
                        return;
                    }
                } catch (ExecutionException | TimeoutException notYet) {
                    // the broker is still starting; ask again
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new LaunchFailure(LaunchFailure.START_FAILED, "Interrupted while waiting for Kafka", e);
                }
            }
        }
    }

    /** SIGTERM, then waits for the broker to flush and close its logs. */
    public void stop() {
        stopping = true;
        synchronized (this) {
            process.stop(STOP_GRACE);
        }
    }
}
