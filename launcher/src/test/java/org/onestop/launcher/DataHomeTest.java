package org.onestop.launcher;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class DataHomeTest {

    @TempDir
    Path root;

    @Test
    void wipeRemovesTheDataButKeepsTheLogTheDetachedLauncherWritesTo() throws IOException {
        PlatformSettings settings = PlatformSettings.fromEnvironment(Map.of(), root);
        Files.createDirectories(settings.postgresData().resolve("base"));
        Files.writeString(settings.postgresData().resolve("base/1"), "rows");
        Files.createDirectories(settings.logs());
        Files.writeString(settings.logFile("launcher"), "started");
        Files.writeString(settings.logFile("kafka"), "old run");

        DataHome.wipe(settings);

        assertThat(settings.postgresData()).doesNotExist();
        assertThat(settings.logFile("kafka")).doesNotExist();
        assertThat(settings.logFile("launcher")).hasContent("started");
    }
}
