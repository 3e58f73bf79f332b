package org.onestop.launcher;

import java.nio.file.Path;
import java.util.Optional;

/**
 * One of the six Spring Boot processes: its Maven module (also its name and jar name),
 * its port and, for the four domain services, its own database (the website and the gateway have none).
 */
public record ServiceDefinition(String name, int port, Optional<String> database) {

    public static ServiceDefinition withDatabase(String name, int port, String database) {
        return new ServiceDefinition(name, port, Optional.of(database));
    }

    public static ServiceDefinition withoutDatabase(String name, int port) {
        return new ServiceDefinition(name, port, Optional.empty());
    }

    /** {@code <module>/target/<module>.jar}: each module's finalName is its artifactId. */
    public Path jar(Path repositoryRoot) {
        return repositoryRoot.resolve(name).resolve("target").resolve(name + ".jar");
    }

    public String url() {
        return "http://localhost:" + port;
    }

    public boolean isGateway() {
        return name.equals("gateway");
    }
}
