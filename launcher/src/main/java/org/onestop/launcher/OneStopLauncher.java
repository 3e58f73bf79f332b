package org.onestop.launcher;

import java.nio.file.Path;
import java.util.List;

/**
 * Entry point of {@code ./onestop}: {@code up [--fresh]}, {@code status}, {@code down}, {@code help}.
 * Run from the repository root; the service jars are found under {@code <module>/target/}.
 */
public final class OneStopLauncher {

    private OneStopLauncher() {
    }

    public static void main(String[] args) {
        try {
            CommandLine commandLine = CommandLine.parse(List.of(args));
            PlatformSettings settings = PlatformSettings.fromEnvironment(System.getenv(), Path.of("").toAbsolutePath());
            switch (commandLine.command()) {
                case UP -> new PlatformUp(settings).run(commandLine.fresh());
                case STATUS -> System.exit(new PlatformStatus(settings).print());
                case DOWN -> new PlatformDown(settings).run();
                case HELP -> System.out.println(CommandLine.USAGE);
            }
        } catch (LaunchFailure failure) {
            System.err.println(failure.getMessage());
            System.exit(failure.exitCode());
        }
    }
}
