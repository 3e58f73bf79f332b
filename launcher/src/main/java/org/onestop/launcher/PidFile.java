package org.onestop.launcher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** A file holding one process id, so that other commands (status, down, tests) can find the process. */
public final class PidFile {

    private PidFile() {
    }

    public static void write(Path file, long pid) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, pid + System.lineSeparator());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + file, e);
        }
    }

    public static Optional<Long> read(Path file) {
        try {
            return Optional.of(Long.parseLong(Files.readString(file).trim()));
        } catch (IOException | NumberFormatException missingOrGarbled) {
            return Optional.empty();
        }
    }

    /** The live process whose id the file holds, if any. */
    public static Optional<ProcessHandle> liveProcess(Path file) {
        return read(file).flatMap(ProcessHandle::of).filter(ProcessHandle::isAlive);
    }

    public static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            System.err.println("Could not remove " + file + ": " + e.getMessage());
        }
    }
}
