package org.onestop.launcher;

import java.nio.file.Path;
import java.util.Optional;

/**
 * One of the six Spring Boot processes: its Maven module (also its name and jar name),
 * its port, for the four domain services its own database (the website and the gateway have none), and the port
 * its actuator answers on: its own port, or for the gateway a management port of its own on 127.0.0.1.
 */
public record ServiceDefinition(String name, int port, Optional<String> database, int managementPort) {

    public static ServiceDefinition withDatabase(String name, int port, String database) {
        return new ServiceDefinition(name, port, Optional.of(database), port);
    }

    public static ServiceDefinition withoutDatabase(String name, int port) {
        return new ServiceDefinition(name, port, Optional.empty(), port);
    }

    /** The same process with its actuator on a port of its own, on 127.0.0.1. */
    public ServiceDefinition withManagementPort(int actuatorPort) {
        return new ServiceDefinition(name, port, database, actuatorPort);
    }

    public boolean hasManagementPort() {
        return managementPort != port;
    }

    /** Where its health and metrics are. */
    public String actuatorUrl() {
        return "http://127.0.0.1:" + managementPort + "/actuator";
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
