package org.onestop.launcher;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * A JVM the launcher started (a service or the Kafka broker): output goes to its log file,
 * its pid to {@code home/pids/<name>.pid}. It runs in its own session where {@code setsid}
 * exists, so a Ctrl-C in the terminal reaches only the launcher, which then stops everything
 * in order.
 */
public final class ChildProcess {

    private static final Path SETSID = Path.of("/usr/bin/setsid");

    private final String name;
    private final Process process;
    private final Path log;
    private final Path pidFile;

    private ChildProcess(String name, Process process, Path log, Path pidFile) {
        this.name = name;
        this.process = process;
        this.log = log;
        this.pidFile = pidFile;
    }

    /**
     * @param appendToLog false for the first start in a run (fresh log), true for a restart
     */
    public static ChildProcess startJava(String name, List<String> javaArguments, Path workingDirectory,
                                         Path log, Path pidFile, boolean appendToLog) {
        List<String> command = new ArrayList<>();
        if (Files.isExecutable(SETSID)) {
            command.add(SETSID.toString());
        }
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(javaArguments);
        try {
            Files.createDirectories(log.getParent());
            File logFile = log.toFile();
            Process process = new ProcessBuilder(command)
                    .directory(workingDirectory.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(appendToLog ? ProcessBuilder.Redirect.appendTo(logFile)
                            : ProcessBuilder.Redirect.to(logFile))
                    .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                    .start();
            PidFile.write(pidFile, process.pid());
            return new ChildProcess(name, process, log, pidFile);
        } catch (IOException e) {
            throw new LaunchFailure(LaunchFailure.START_FAILED, "Could not start " + name + ": " + e.getMessage(), e);
        }
    }

    public String name() {
        return name;
    }

    public long pid() {
        return process.pid();
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    public int exitCode() {
        return process.exitValue();
    }

    public Process process() {
        return process;
    }

    public Path log() {
        return log;
    }

    /** Asks the process to stop (SIGTERM) without waiting. */
    public void requestStop() {
        process.destroy();
    }

    /** Waits for the process to end after {@link #requestStop()}; kills it when it takes too long. */
    public void awaitStop(Duration grace) {
        try {
            process.onExit().get(grace.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException tooSlow) {
            System.out.println("  " + name + " did not stop within " + grace.toSeconds() + " s; killing it");
            process.destroyForcibly();
            process.onExit().join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        } catch (ExecutionException impossible) {
            throw new IllegalStateException(impossible);
        } finally {
            PidFile.delete(pidFile);
        }
    }

    public void stop(Duration grace) {
        requestStop();
        awaitStop(grace);
    }
}
