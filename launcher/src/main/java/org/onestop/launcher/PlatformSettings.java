package org.onestop.launcher;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * Where the platform keeps its data and which ports it uses, read from the environment
 * (see docs/api-reference.md for the defaults and the variable names).
 */
public record PlatformSettings(
        Path repositoryRoot,
        Path home,
        int gatewayPort,
        int gatewayManagementPort,
        int portalPort,
        int managementPort,
        int processingPort,
        int dataSharingPort,
        int webPort,
        int postgresPort,
        int kafkaPort,
        int smtpPort,
        int imapPort,
        Duration readyTimeout) {

    public static final String DATABASE_USER = "postgres";
    public static final String DATABASE_PASSWORD = "postgres";
    /** The gateway's actuator sits this far above its port unless ONESTOP_GATEWAY_MANAGEMENT_PORT says otherwise. */
    static final int GATEWAY_MANAGEMENT_OFFSET = 1000;

    public static PlatformSettings fromEnvironment(Map<String, String> env, Path repositoryRoot) {
        Path home = Path.of(env.getOrDefault("ONESTOP_HOME", ".onestop"));
        int gatewayPort = port(env, "ONESTOP_GATEWAY_PORT", 8080);
        return new PlatformSettings(
                repositoryRoot.toAbsolutePath().normalize(),
                repositoryRoot.resolve(home).toAbsolutePath().normalize(),
                gatewayPort,
                port(env, "ONESTOP_GATEWAY_MANAGEMENT_PORT", gatewayPort + GATEWAY_MANAGEMENT_OFFSET),
                port(env, "ONESTOP_PORTAL_PORT", 8081),
                port(env, "ONESTOP_MANAGEMENT_PORT", 8082),
                port(env, "ONESTOP_PROCESSING_PORT", 8083),
                port(env, "ONESTOP_DATA_SHARING_PORT", 8084),
                port(env, "ONESTOP_WEB_PORT", 8085),
                port(env, "ONESTOP_POSTGRES_PORT", 15432),
                port(env, "ONESTOP_KAFKA_PORT", 29092),
                port(env, "ONESTOP_SMTP_PORT", 2525),
                port(env, "ONESTOP_IMAP_PORT", 2143),
                Duration.ofSeconds(positiveNumber(env, "ONESTOP_READY_TIMEOUT_SECONDS", 240)));
    }

    /** The Kafka controller listener sits right above the client listener. */
    public int kafkaControllerPort() {
        return kafkaPort + 1;
    }

    public String kafkaBootstrapServers() {
        return "127.0.0.1:" + kafkaPort;
    }

    public String jdbcUrl(String database) {
        return "jdbc:postgresql://localhost:" + postgresPort + "/" + database;
    }

    /** The four domain services, the website, then the gateway. */
    public List<ServiceDefinition> services() {
        return List.of(
                ServiceDefinition.withDatabase("portal-service", portalPort, "onestop_portal"),
                ServiceDefinition.withDatabase("management-service", managementPort, "onestop_management"),
                ServiceDefinition.withDatabase("processing-service", processingPort, "onestop_processing"),
                ServiceDefinition.withDatabase("data-sharing-service", dataSharingPort, "onestop_data_sharing"),
                ServiceDefinition.withoutDatabase("web", webPort),
                ServiceDefinition.withoutDatabase("gateway", gatewayPort).withManagementPort(gatewayManagementPort));
    }

    public List<String> databases() {
        return services().stream().flatMap(service -> service.database().stream()).toList();
    }

    public List<PortClaim> portClaims() {
        return List.of(
                new PortClaim(gatewayPort, "gateway", "ONESTOP_GATEWAY_PORT"),
                new PortClaim(gatewayManagementPort, "gateway (actuator)", "ONESTOP_GATEWAY_MANAGEMENT_PORT"),
                new PortClaim(portalPort, "portal-service", "ONESTOP_PORTAL_PORT"),
                new PortClaim(managementPort, "management-service", "ONESTOP_MANAGEMENT_PORT"),
                new PortClaim(processingPort, "processing-service", "ONESTOP_PROCESSING_PORT"),
                new PortClaim(dataSharingPort, "data-sharing-service", "ONESTOP_DATA_SHARING_PORT"),
                new PortClaim(webPort, "web", "ONESTOP_WEB_PORT"),
                new PortClaim(postgresPort, "PostgreSQL", "ONESTOP_POSTGRES_PORT"),
                new PortClaim(kafkaPort, "Kafka (client listener)", "ONESTOP_KAFKA_PORT"),
                new PortClaim(kafkaControllerPort(), "Kafka (controller listener)", "ONESTOP_KAFKA_PORT"),
                new PortClaim(smtpPort, "mail server (SMTP)", "ONESTOP_SMTP_PORT"),
                new PortClaim(imapPort, "mail server (IMAP)", "ONESTOP_IMAP_PORT"));
    }

    public Path logs() {
        return home.resolve("logs");
    }

    public Path logFile(String processName) {
        return logs().resolve(processName + ".log");
    }

    public Path pids() {
        return home.resolve("pids");
    }

    public Path pidFile(String processName) {
        return pids().resolve(processName + ".pid");
    }

    public Path launcherPidFile() {
        return home.resolve("onestop.pid");
    }

    public Path readyMarker() {
        return home.resolve("ready");
    }

    public Path postgresData() {
        return home.resolve("postgres");
    }

    /** Every mail the platform sent, one .eml file each. */
    public Path mailDrop() {
        return home.resolve("mail");
    }

    public Path kafkaHome() {
        return home.resolve("kafka");
    }

    private static int port(Map<String, String> env, String variable, int defaultPort) {
        int port = positiveNumber(env, variable, defaultPort);
        if (port > 65535) {
            throw new LaunchFailure(LaunchFailure.USAGE,
                    variable + " must be a port number between 1 and 65535, but is " + port + ".");
        }
        return port;
    }

    private static int positiveNumber(Map<String, String> env, String variable, int defaultValue) {
        String value = env.get(variable);
        if (value == null || value.isBlank()) {
            return defaultValue;
        }
        try {
            int number = Integer.parseInt(value.trim());
            if (number > 0) {
                return number;
            }
        } catch (NumberFormatException notANumber) {
            // reported below
        }
        throw new LaunchFailure(LaunchFailure.USAGE,
                variable + " must be a positive whole number, but is '" + value + "'.");
    }
}
