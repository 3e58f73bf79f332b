package org.onestop.launcher;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class ServiceArgumentsTest {

    private final PlatformSettings settings = PlatformSettings.fromEnvironment(
            Map.of("ONESTOP_PORTAL_PORT", "18081", "ONESTOP_POSTGRES_PORT", "25432", "ONESTOP_KAFKA_PORT", "39092"),
            Path.of("/repo"));

    private List<String> argumentsOf(String name) {
        ServiceDefinition service = settings.services().stream()
                .filter(candidate -> candidate.name().equals(name)).findFirst().orElseThrow();
        return ServiceArguments.of(service, settings);
    }

    @Test
    void aDomainServiceGetsItsPortDatabaseBrokerAndJwks() {
        assertThat(argumentsOf("processing-service")).containsSubsequence(
                "-jar", "/repo/processing-service/target/processing-service.jar",
                "--server.port=8083",
                "--spring.security.oauth2.resourceserver.jwt.jwk-set-uri=http://127.0.0.1:18081/api/portal/v1/auth/jwks",
                "--spring.datasource.url=jdbc:postgresql://localhost:25432/onestop_processing",
                "--spring.datasource.username=postgres",
                "--spring.datasource.password=postgres",
                "--spring.kafka.bootstrap-servers=127.0.0.1:39092",
                "--onestop.services.data-sharing=http://127.0.0.1:8084");
    }

    @Test
    void everyServiceAdvertisesTheGatewayAsItsApisServer() {
        PlatformSettings moved = PlatformSettings.fromEnvironment(Map.of("ONESTOP_GATEWAY_PORT", "18080"), Path.of("/repo"));
        for (ServiceDefinition service : moved.services()) {
            assertThat(ServiceArguments.of(service, moved)).as(service.name())
                    .contains("--onestop.public-url=http://localhost:18080");
        }
    }

    @Test
    void processingGetsTheDemoMachineClientAndThePortalsTokenEndpoint() {
        assertThat(argumentsOf("processing-service")).contains(
                "--onestop.processing.registry.token-url=http://127.0.0.1:18081/api/portal/v1/auth/token",
                "--onestop.processing.registry.client-id=onestop-processing",
                "--onestop.processing.registry.client-secret=onestop-demo-secret");
        assertThat(argumentsOf("data-sharing-service")).noneMatch(argument -> argument.contains("registry.client"));
    }

    @Test
    void onlyThePortalSendsMailAndItGoesToTheLocalMailServer() {
        PlatformSettings moved = PlatformSettings.fromEnvironment(Map.of("ONESTOP_SMTP_PORT", "18025",
                "ONESTOP_GATEWAY_PORT", "18080"), Path.of("/repo"));
        ServiceDefinition portal = moved.services().stream().filter(s -> s.name().equals("portal-service")).findFirst()
                .orElseThrow();
        assertThat(ServiceArguments.of(portal, moved)).contains("--spring.mail.host=127.0.0.1", "--spring.mail.port=18025",
                "--onestop.portal.notifications.site-url=http://localhost:18080");
        assertThat(argumentsOf("processing-service")).noneMatch(argument -> argument.startsWith("--spring.mail"));
    }

    @Test
    void theLocalPlatformsWebhooksMayCallReceiversOnThisMachine() {
        assertThat(argumentsOf("data-sharing-service"))
                .contains("--onestop.data-sharing.webhooks.allowed-private-hosts=127.0.0.1,localhost");
        assertThat(argumentsOf("portal-service")).noneMatch(argument -> argument.contains("webhooks"));
    }

    @Test
    void theJvmIsKeptSmall() {
        assertThat(argumentsOf("portal-service")).startsWith("-Xms64m", "-Xmx256m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1");
    }

    @Test
    void theGatewayKnowsWhereEachServiceIsButHasNoDatabase() {
        assertThat(argumentsOf("gateway"))
                .contains("--server.port=8080",
                        "--onestop.services.portal=http://127.0.0.1:18081",
                        "--onestop.services.management=http://127.0.0.1:8082",
                        "--onestop.services.processing=http://127.0.0.1:8083",
                        "--onestop.services.data-sharing=http://127.0.0.1:8084",
                        "--onestop.services.web=http://127.0.0.1:8085")
                .noneMatch(argument -> argument.startsWith("--spring.datasource"));
    }

    @Test
    void theGatewaysActuatorIsOnItsManagementPortOnThisMachineOnly() {
        assertThat(argumentsOf("gateway")).contains("--management.server.port=9080", "--management.server.address=127.0.0.1");
        assertThat(argumentsOf("portal-service")).noneMatch(argument -> argument.startsWith("--management.server"));
    }

    @Test
    void onlyTheGatewayListensBeyondThisMachine() {
        for (String service : new String[] {"portal-service", "management-service", "processing-service",
                "data-sharing-service", "web"}) {
            assertThat(argumentsOf(service)).as(service).contains("--server.address=127.0.0.1");
        }
        assertThat(argumentsOf("gateway")).noneMatch(argument -> argument.startsWith("--server.address"));
    }

    @Test
    void theWebsiteCallsTheApisThroughTheGatewayAndHasNoDatabase() {
        assertThat(argumentsOf("web"))
                .contains("--server.port=8085", "--onestop.web.gateway-url=http://127.0.0.1:8080")
                .noneMatch(argument -> argument.startsWith("--spring.datasource") || argument.startsWith("--spring.kafka"));
    }
}
