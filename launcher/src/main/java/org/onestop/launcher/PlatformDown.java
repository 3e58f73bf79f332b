package org.onestop.launcher;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * {@code onestop down}: asks the running launcher to stop (SIGTERM); its shutdown hook stops
 * everything in order. Processes left behind by a launcher that was killed are stopped here.
 */
public final class PlatformDown {

    private static final Duration LAUNCHER_GRACE = Duration.ofSeconds(180);
    private static final Duration LEFTOVER_GRACE = Duration.ofSeconds(30);

    private final PlatformSettings settings;

    public PlatformDown(PlatformSettings settings) {
        this.settings = settings;
    }

    public void run() {
        Optional<ProcessHandle> launcher = PidFile.liveProcess(settings.launcherPidFile());
        if (launcher.isPresent()) {
            System.out.println("Stopping OneStop (launcher pid " + launcher.get().pid() + ")...");
            launcher.get().destroy();
            awaitExit(launcher.get());
            System.out.println("OneStop stopped.");
        } else {
            System.out.println("OneStop is not running (no live launcher pid in " + settings.launcherPidFile() + ").");
        }
        stopLeftovers();
        PidFile.delete(settings.launcherPidFile());
        PidFile.delete(settings.readyMarker());
    }

    private static void awaitExit(ProcessHandle launcher) {
        try {
            launcher.onExit().get(LAUNCHER_GRACE.toSeconds(), TimeUnit.SECONDS);
        } catch (TimeoutException tooSlow) {
            throw new LaunchFailure(LaunchFailure.START_FAILED, "The launcher (pid " + launcher.pid()
                    + ") is still stopping after " + LAUNCHER_GRACE.toSeconds() + " s; see its log.");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    /** Same order as the launcher: gateway, other services, Kafka, PostgreSQL. */
    private void stopLeftovers() {
        List<String> order = new ArrayList<>();
        order.add("gateway");
        settings.services().stream().filter(service -> !service.isGateway()).forEach(service -> order.add(service.name()));
        order.add("kafka");
        order.add("postgresql");
        for (String name : order) {
            PidFile.liveProcess(settings.pidFile(name)).filter(PlatformDown::isOurs).ifPresent(process -> {
                System.out.println("  stopping leftover " + name + " (pid " + process.pid() + ")");
                process.destroy();
                process.onExit().completeOnTimeout(process, LEFTOVER_GRACE.toSeconds(), TimeUnit.SECONDS).join();
                if (process.isAlive()) {
                    process.destroyForcibly();
                }
            });
            PidFile.delete(settings.pidFile(name));
        }
    }

    /** Guards against a pid that the system has since given to an unrelated program. */
    private static boolean isOurs(ProcessHandle process) {
        return process.info().command().map(command -> command.contains("java") || command.contains("postgres"))
                .orElse(false);
    }
}
