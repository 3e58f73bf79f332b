package org.onestop.launcher;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** {@code onestop status}: which processes run and answer, read from the pid files and the ports. */
public final class PlatformStatus {

    /** One process as seen from outside. */
    public record Line(String name, String state, int port, Optional<Long> pid, String url) {
    }

    private final PlatformSettings settings;

    public PlatformStatus(PlatformSettings settings) {
        this.settings = settings;
    }

    /** @return 0 when everything is ready, 1 otherwise */
    public int print() {
        Optional<ProcessHandle> launcher = PidFile.liveProcess(settings.launcherPidFile());
        System.out.println(launcher
                .map(handle -> "OneStop launcher is running (pid " + handle.pid() + ", data in " + settings.home() + ")")
                .orElse("OneStop is not running (no live launcher pid in " + settings.launcherPidFile() + ")"));
        List<Line> lines = probe();
        System.out.printf("  %-22s %-8s %-6s %-8s %s%n", "NAME", "STATE", "PORT", "PID", "URL");
        lines.forEach(line -> System.out.printf("  %-22s %-8s %-6d %-8s %s%n", line.name(), line.state(), line.port(),
                line.pid().map(String::valueOf).orElse("-"), line.url()));
        boolean allReady = launcher.isPresent() && lines.stream().allMatch(line -> line.state().equals("ready"));
        return allReady ? 0 : 1;
    }

    public List<Line> probe() {
        List<Line> lines = new ArrayList<>();
        settings.services().stream()
                .sorted((a, b) -> Boolean.compare(b.isGateway(), a.isGateway()))
                .forEach(service -> lines.add(line(service.name(), service.port(), service.url(),
                        ReadinessProbe.isReady(service.managementPort()))));
        lines.add(line("postgresql", settings.postgresPort(), "jdbc:postgresql://localhost:" + settings.postgresPort(),
                ReadinessProbe.isListening(settings.postgresPort())));
        lines.add(line("kafka", settings.kafkaPort(), settings.kafkaBootstrapServers(),
                ReadinessProbe.isListening(settings.kafkaPort())));
        return lines;
    }

    private Line line(String name, int port, String url, boolean ready) {
        Optional<ProcessHandle> process = PidFile.liveProcess(settings.pidFile(name));
        String state = ready ? "ready" : process.isPresent() ? "running" : "down";
        return new Line(name, state, port, process.map(ProcessHandle::pid), url);
    }
}
