package org.onestop.launcher;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

/** The last lines of a log file, shown when something fails to start. */
public final class LogTail {

    private static final int LINES = 40;

    private LogTail() {
    }

    public static String of(Path log) {
        try {
            List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
            String tail = lines.subList(Math.max(0, lines.size() - LINES), lines.size()).stream()
                    .map(line -> "  | " + line)
                    .collect(Collectors.joining(System.lineSeparator()));
            return "Last lines of " + log + ":" + System.lineSeparator() + tail;
        } catch (IOException e) {
            return "(no log at " + log + ")";
        }
    }
}
