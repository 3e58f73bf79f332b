package org.onestop.launcher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** The folder with the platform's data, logs and pid files ({@code ONESTOP_HOME}, default {@code .onestop}). */
public final class DataHome {

    private DataHome() {
    }

    /**
     * Deletes everything in the folder except {@code logs/launcher.log}, which the onestop script
     * has already opened for a detached launcher's output.
     */
    public static void wipe(PlatformSettings settings) {
        Path keep = settings.logFile("launcher");
        if (!Files.exists(settings.home())) {
            return;
        }
        try (Stream<Path> paths = Files.walk(settings.home())) {
            paths.sorted(Comparator.reverseOrder())
                    .filter(path -> !path.equals(keep) && !keep.startsWith(path))
                    .forEach(DataHome::delete);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot wipe " + settings.home(), e);
        }
    }

    public static void create(PlatformSettings settings) {
        try {
            Files.createDirectories(settings.logs());
            Files.createDirectories(settings.pids());
        } catch (IOException e) {
            throw new LaunchFailure(LaunchFailure.START_FAILED, "Cannot create " + settings.home() + ": " + e.getMessage(), e);
        }
    }

    private static void delete(Path path) {
        try {
            Files.delete(path);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot delete " + path, e);
        }
    }
}
