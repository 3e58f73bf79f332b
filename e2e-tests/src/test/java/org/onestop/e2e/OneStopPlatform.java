package org.onestop.e2e;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * The whole platform, started and stopped with the {@code ./onestop} script at the repository root,
 * with its data under {@code e2e-tests/target/<name>-home} and the given ports.
 */
final class OneStopPlatform {

    static final Path REPOSITORY = Path.of(System.getProperty("basedir", ".")).toAbsolutePath().normalize().getParent();
    private static final List<String> MODULES = List.of(
            "launcher", "portal-service", "management-service", "processing-service", "data-sharing-service", "web", "gateway");
    private static final Duration SCRIPT_LIMIT = Duration.ofMinutes(8);

    private final Path home;
    private final Path output;
    private final Ports ports;

    OneStopPlatform(String name, Ports ports) {
        Path target = REPOSITORY.resolve("e2e-tests").resolve("target");
        this.home = target.resolve(name + "-home");
        this.output = target.resolve(name + "-onestop.out");
        this.ports = ports;
    }

    /** {@code ./onestop up --detach --fresh}; returns once the launcher reports everything ready. */
    void up() {
        requirePackagedJars();
        int exitCode = onestop("up", "--detach", "--fresh");
        if (exitCode != 0) {
            fail("./onestop up exited with " + exitCode + ":\n" + read(output) + "\n" + read(log("launcher")));
        }
    }

    void down() {
        assertThat(onestop("down")).as("./onestop down exit code; output:\n%s", read(output)).isZero();
    }

    Ports ports() {
        return ports;
    }

    Path home() {
        return home;
    }

    /** The pid the launcher wrote for a process (a service name, {@code kafka} or {@code postgresql}). */
    long pid(String process) {
        return Long.parseLong(read(home.resolve("pids").resolve(process + ".pid")).trim());
    }

    Path log(String process) {
        return home.resolve("logs").resolve(process + ".log");
    }

    private int onestop(String... arguments) {
        ProcessBuilder builder = new ProcessBuilder(concat(REPOSITORY.resolve("onestop").toString(), arguments))
                .directory(REPOSITORY.toFile())
                .redirectErrorStream(true)
                .redirectOutput(output.toFile());
        Map<String, String> environment = builder.environment();
        environment.putAll(ports.environment());
        environment.put("ONESTOP_HOME", home.toString());
        // the reactor has just built the jars; never start a Maven build from inside a Maven build
        environment.put("ONESTOP_SKIP_BUILD", "1");
        try {
            Process process = builder.start();
            if (!process.waitFor(SCRIPT_LIMIT.toMinutes(), TimeUnit.MINUTES)) {
                process.destroy();
                fail("./onestop " + String.join(" ", arguments) + " did not return within " + SCRIPT_LIMIT.toMinutes()
                        + " minutes:\n" + read(output));
            }
            return process.exitValue();
        } catch (IOException e) {
            throw new IllegalStateException("Cannot run ./onestop in " + REPOSITORY, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void requirePackagedJars() {
        List<String> missing = MODULES.stream()
                .map(module -> REPOSITORY.resolve(module).resolve("target").resolve(module + ".jar"))
                .filter(jar -> !Files.isRegularFile(jar))
                .map(jar -> REPOSITORY.relativize(jar).toString())
                .toList();
        if (!missing.isEmpty()) {
            fail("The end-to-end tests run the packaged platform, but these jars are missing: " + missing
                    + ". Run them with ./mvnw -B install (or verify), which packages every module first.");
        }
    }

    private static String[] concat(String first, String... rest) {
        String[] all = new String[rest.length + 1];
        all[0] = first;
        System.arraycopy(rest, 0, all, 1, rest.length);
        return all;
    }

    static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            return "(cannot read " + file + ")";
        }
    }
}
