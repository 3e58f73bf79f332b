package org.onestop.launcher;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

/**
 * {@code onestop up}: PostgreSQL, then Kafka, the mail server, then the five services; runs until SIGINT/SIGTERM,
 * then stops them in the reverse order (gateway first, PostgreSQL last).
 */
public final class PlatformUp {

    private final PlatformSettings settings;
    private final Object lifecycle = new Object();
    private volatile boolean stopping;
    private PostgresServer postgres;
    private KafkaBroker kafka;
    private LocalMailServer mail;
    private ServiceFleet services;

    public PlatformUp(PlatformSettings settings) {
        this.settings = settings;
    }

    public void run(boolean fresh) {
        refuseWhenAlreadyRunning();
        PortCheck.requireFree(settings.portClaims(), PortCheck::isFree);
        ServiceFleet.requireJars(settings);
        if (fresh) {
            System.out.println("Wiping " + settings.home() + " (--fresh)");
            DataHome.wipe(settings);
        }
        DataHome.create(settings);
        PidFile.write(settings.launcherPidFile(), ProcessHandle.current().pid());
        Runtime.getRuntime().addShutdownHook(new Thread(this::stop, "onestop-shutdown"));

        Instant startedAt = Instant.now();
        try {
            startEverything(startedAt);
        } catch (LaunchFailure failure) {
            if (stopping) {
                return;
            }
            System.out.println(failure.getMessage());
            System.out.println("Stopping what was started.");
            stop();
            throw new LaunchFailure(failure.exitCode(), "OneStop did not start; see the message above and the logs in " + settings.logs());
        }
        if (stopping) {
            return;
        }
        String report = ReadyReport.render(settings, rows(), Duration.between(startedAt, Instant.now()));
        writeReadyMarker(report);
        System.out.println();
        System.out.print(report);
        waitForever();
    }

    private void startEverything(Instant startedAt) {
        synchronized (lifecycle) {
            if (stopping) {
                return;
            }
            System.out.println("Starting PostgreSQL on port " + settings.postgresPort() + " (data: " + settings.postgresData() + ")");
            postgres = PostgresServer.start(settings);
            List<String> created = postgres.createMissingDatabases(settings.databases());
            if (!created.isEmpty()) {
                System.out.println("  created databases " + String.join(", ", created));
            }
            System.out.println("Starting Kafka on port " + settings.kafkaPort() + " (data: " + settings.kafkaHome() + ")");
            kafka = KafkaBroker.start(settings);
        }
        kafka.awaitReady(() -> stopping);
        System.out.printf("  Kafka ready after %d s%n", Duration.between(startedAt, Instant.now()).toSeconds());
        synchronized (lifecycle) {
            if (stopping) {
                return;
            }
            System.out.println("Starting the mail server on ports " + settings.smtpPort() + " (SMTP) and "
                    + settings.imapPort() + " (IMAP); every mail sent is kept in " + settings.mailDrop());
            mail = LocalMailServer.start(settings);
            System.out.println("Starting the services (logs in " + settings.logs() + ")");
            services = new ServiceFleet(settings);
            services.startAll();
        }
        services.awaitReady(startedAt.plus(settings.readyTimeout()), startedAt, () -> stopping);
    }

    private List<ReadyReport.Row> rows() {
        List<ReadyReport.Row> rows = new ArrayList<>();
        Map<ServiceDefinition, ChildProcess> running = services.running();
        settings.services().stream()
                .sorted((a, b) -> Boolean.compare(b.isGateway(), a.isGateway()))
                .forEach(service -> {
                    long pid = running.get(service).pid();
                    rows.add(new ReadyReport.Row(service.name(), service.url(), service.port(), pid));
                    if (service.hasManagementPort()) {
                        rows.add(new ReadyReport.Row(service.name() + " (actuator)", service.actuatorUrl(),
                                service.managementPort(), pid));
                    }
                });
        rows.add(new ReadyReport.Row("postgresql", "jdbc:postgresql://localhost:" + settings.postgresPort(),
                settings.postgresPort(), postgres.pid()));
        rows.add(new ReadyReport.Row("kafka", settings.kafkaBootstrapServers(), settings.kafkaPort(), kafka.pid()));
        long launcher = ProcessHandle.current().pid();
        rows.add(new ReadyReport.Row("mail (SMTP)", "smtp://127.0.0.1:" + settings.smtpPort(), settings.smtpPort(), launcher));
        rows.add(new ReadyReport.Row("mail (IMAP)", "imap://127.0.0.1:" + settings.imapPort(), settings.imapPort(), launcher));
        return rows;
    }

    /** Services (gateway first), then Kafka, then PostgreSQL; safe to call more than once. */
    public void stop() {
        stopping = true;
        synchronized (lifecycle) {
            PidFile.delete(settings.readyMarker());
            boolean anythingStarted = postgres != null;
            if (anythingStarted) {
                System.out.println("Stopping OneStop...");
            }
            if (services != null) {
                services.stopAll();
                System.out.println("  services stopped");
                services = null;
            }
            if (mail != null) {
                mail.stop();
                System.out.println("  mail server stopped");
                mail = null;
            }
            if (kafka != null) {
                kafka.stop();
                System.out.println("  Kafka stopped");
                kafka = null;
            }
            if (postgres != null) {
                postgres.stop();
                System.out.println("  PostgreSQL stopped");
                postgres = null;
            }
            PidFile.delete(settings.launcherPidFile());
            if (anythingStarted) {
                System.out.println("OneStop stopped.");
            }
        }
    }

    private void refuseWhenAlreadyRunning() {
        PidFile.liveProcess(settings.launcherPidFile()).ifPresent(launcher -> {
            throw new LaunchFailure(LaunchFailure.PORT_IN_USE, "OneStop is already running (launcher pid " + launcher.pid()
                    + ", data in " + settings.home() + "). See ./onestop status, or stop it with ./onestop down.");
        });
    }

    private void writeReadyMarker(String report) {
        try {
            Files.writeString(settings.readyMarker(), report, StandardCharsets.UTF_8);
        } catch (IOException e) {
            System.err.println("Could not write " + settings.readyMarker() + ": " + e.getMessage());
        }
    }

    private static void waitForever() {
        try {
            new CountDownLatch(1).await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
