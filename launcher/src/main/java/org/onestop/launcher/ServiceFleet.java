package org.onestop.launcher;

import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;

/** The five services, each in its own JVM, started together and stopped gateway first. */
public final class ServiceFleet {

    private static final Duration STOP_GRACE = Duration.ofSeconds(30);
    private static final Duration POLL_INTERVAL = Duration.ofMillis(500);

    private final PlatformSettings settings;
    private final Map<ServiceDefinition, ChildProcess> running = new LinkedHashMap<>();
    private volatile boolean stopping;

    public ServiceFleet(PlatformSettings settings) {
        this.settings = settings;
    }

    /** Fails before anything starts when a service has not been built. */
    public static void requireJars(PlatformSettings settings) {
        List<String> missing = settings.services().stream()
                .map(service -> service.jar(settings.repositoryRoot()))
                .filter(jar -> !Files.isRegularFile(jar))
                .map(jar -> settings.repositoryRoot().relativize(jar).toString())
                .toList();
        if (!missing.isEmpty()) {
            throw new LaunchFailure(LaunchFailure.START_FAILED, "Not built yet: " + String.join(", ", missing)
                    + ". Build with ./mvnw -B -DskipTests install (./onestop up does this for you).");
        }
    }

    public synchronized void startAll() {
        for (ServiceDefinition service : settings.services()) {
            ChildProcess process = ChildProcess.startJava(service.name(), ServiceArguments.of(service, settings),
                    settings.repositoryRoot(), settings.logFile(service.name()), settings.pidFile(service.name()), false);
            running.put(service, process);
            process.process().onExit().thenRun(() -> reportUnexpectedExit(process));
        }
    }

    public synchronized Map<ServiceDefinition, ChildProcess> running() {
        return Map.copyOf(running);
    }

    /**
     * Polls every service's readiness until all answer 200.
     *
     * @throws LaunchFailure when a service exits or the time is up, with the log tail of the culprit
     */
    public void awaitReady(Instant deadline, Instant startedAt, BooleanSupplier givingUp) {
        List<ServiceDefinition> waitingFor = new ArrayList<>(running().keySet());
        while (!waitingFor.isEmpty() && !givingUp.getAsBoolean()) {
            for (ServiceDefinition service : List.copyOf(waitingFor)) {
                ChildProcess process = running().get(service);
                if (!process.isAlive()) {
                    throw new LaunchFailure(LaunchFailure.START_FAILED, service.name() + " exited during start-up (exit code "
                            + process.exitCode() + ")." + System.lineSeparator() + LogTail.of(process.log()));
                }
                if (ReadinessProbe.isReady(service.managementPort())) {
                    waitingFor.remove(service);
                    long seconds = Duration.between(startedAt, Instant.now()).toSeconds();
                    System.out.printf("  %-22s ready after %d s%n", service.name(), seconds);
                }
            }
            if (Instant.now().isAfter(deadline) && !waitingFor.isEmpty()) {
                StringBuilder message = new StringBuilder("Not ready within the time limit (ONESTOP_READY_TIMEOUT_SECONDS): ")
                        .append(String.join(", ", waitingFor.stream().map(ServiceDefinition::name).toList())).append('.');
                waitingFor.forEach(service -> message.append(System.lineSeparator()).append(LogTail.of(running().get(service).log())));
                throw new LaunchFailure(LaunchFailure.START_FAILED, message.toString());
            }
            pause();
        }
    }

    /** The gateway first, so no request comes in, then the other four together. */
    public void stopAll() {
        stopping = true;
        Map<ServiceDefinition, ChildProcess> processes = running();
        processes.entrySet().stream().filter(entry -> entry.getKey().isGateway())
                .forEach(entry -> entry.getValue().stop(STOP_GRACE));
        List<ChildProcess> others = processes.entrySet().stream().filter(entry -> !entry.getKey().isGateway())
                .map(Map.Entry::getValue).toList();
        others.forEach(ChildProcess::requestStop);
        others.forEach(process -> process.awaitStop(STOP_GRACE));
    }

    private void reportUnexpectedExit(ChildProcess process) {
        if (!stopping) {
            System.out.println(process.name() + " (pid " + process.pid() + ") exited with code " + process.exitCode()
                    + "; see " + process.log());
        }
    }

    private static void pause() {
        try {
            Thread.sleep(POLL_INTERVAL.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
