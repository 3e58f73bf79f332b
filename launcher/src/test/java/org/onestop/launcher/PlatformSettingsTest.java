package org.onestop.launcher;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

class PlatformSettingsTest {

    private static final Path ROOT = Path.of("/repo");

    @Test
    void defaultsFollowTheConventions() {
        PlatformSettings settings = PlatformSettings.fromEnvironment(Map.of(), ROOT);

        assertThat(settings.home()).isEqualTo(Path.of("/repo/.onestop"));
        assertThat(settings.gatewayPort()).isEqualTo(8080);
        assertThat(settings.services())
                .extracting(ServiceDefinition::name, ServiceDefinition::port, ServiceDefinition::managementPort)
                .containsExactly(
                        tuple("portal-service", 8081, 8081),
                        tuple("management-service", 8082, 8082),
                        tuple("processing-service", 8083, 8083),
                        tuple("data-sharing-service", 8084, 8084),
                        tuple("web", 8085, 8085),
                        tuple("gateway", 8080, 9080));
        assertThat(settings.postgresPort()).isEqualTo(15432);
        assertThat(settings.kafkaPort()).isEqualTo(29092);
        assertThat(settings.kafkaControllerPort()).isEqualTo(29093);
        assertThat(settings.smtpPort()).isEqualTo(2525);
        assertThat(settings.imapPort()).isEqualTo(2143);
        assertThat(settings.mailDrop()).isEqualTo(Path.of("/repo/.onestop/mail"));
        assertThat(settings.readyTimeout()).isEqualTo(Duration.ofSeconds(240));
        assertThat(settings.databases())
                .containsExactly("onestop_portal", "onestop_management", "onestop_processing", "onestop_data_sharing");
    }

    @Test
    void environmentOverridesPortsAndHome() {
        PlatformSettings settings = PlatformSettings.fromEnvironment(Map.of(
                "ONESTOP_HOME", "/tmp/e2e-home",
                "ONESTOP_GATEWAY_PORT", "18080",
                "ONESTOP_DATA_SHARING_PORT", "18084",
                "ONESTOP_POSTGRES_PORT", "25432",
                "ONESTOP_KAFKA_PORT", "39092"), ROOT);

        assertThat(settings.home()).isEqualTo(Path.of("/tmp/e2e-home"));
        assertThat(settings.gatewayPort()).isEqualTo(18080);
        assertThat(settings.gatewayManagementPort()).as("the gateway's port + 1000").isEqualTo(19080);
        assertThat(settings.dataSharingPort()).isEqualTo(18084);
        assertThat(settings.jdbcUrl("onestop_portal")).isEqualTo("jdbc:postgresql://localhost:25432/onestop_portal");
        assertThat(settings.kafkaBootstrapServers()).isEqualTo("127.0.0.1:39092");
        assertThat(settings.kafkaControllerPort()).isEqualTo(39093);
    }

    @Test
    void theGatewaysActuatorPortCanBeMovedOnItsOwn() {
        PlatformSettings settings = PlatformSettings.fromEnvironment(Map.of("ONESTOP_GATEWAY_MANAGEMENT_PORT", "18999"), ROOT);

        assertThat(settings.gatewayManagementPort()).isEqualTo(18999);
        assertThat(settings.portClaims()).contains(new PortClaim(18999, "gateway (actuator)", "ONESTOP_GATEWAY_MANAGEMENT_PORT"));
    }

    @Test
    void relativeHomeIsUnderTheRepositoryRoot() {
        PlatformSettings settings = PlatformSettings.fromEnvironment(Map.of("ONESTOP_HOME", "target/home"), ROOT);

        assertThat(settings.home()).isEqualTo(Path.of("/repo/target/home"));
        assertThat(settings.pidFile("kafka")).isEqualTo(Path.of("/repo/target/home/pids/kafka.pid"));
        assertThat(settings.logFile("gateway")).isEqualTo(Path.of("/repo/target/home/logs/gateway.log"));
    }

    @Test
    void aPortThatIsNotANumberIsExplained() {
        assertThatThrownBy(() -> PlatformSettings.fromEnvironment(Map.of("ONESTOP_KAFKA_PORT", "kafka"), ROOT))
                .isInstanceOf(LaunchFailure.class)
                .hasMessage("ONESTOP_KAFKA_PORT must be a positive whole number, but is 'kafka'.");
    }

    @Test
    void aPortAboveTheRangeIsExplained() {
        assertThatThrownBy(() -> PlatformSettings.fromEnvironment(Map.of("ONESTOP_GATEWAY_PORT", "70000"), ROOT))
                .isInstanceOf(LaunchFailure.class)
                .hasMessage("ONESTOP_GATEWAY_PORT must be a port number between 1 and 65535, but is 70000.");
    }
}
