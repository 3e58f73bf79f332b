package org.onestop.launcher;

import java.util.ArrayList;
import java.util.List;

/** The JVM options and Spring properties (as {@code --name=value}) each service is started with. */
public final class ServiceArguments {

    private static final List<String> JVM_OPTIONS = List.of(
            "-Xms64m", "-Xmx256m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
            "-XX:+ExitOnOutOfMemoryError", "-Dfile.encoding=UTF-8");

    /** The demo machine client the portal seeds with the demo accounts (docs/api-reference.md). */
    static final String DEMO_MACHINE_CLIENT_ID = "onestop-processing";
    static final String DEMO_MACHINE_CLIENT_SECRET = "onestop-demo-secret";

    private ServiceArguments() {
    }

    public static List<String> of(ServiceDefinition service, PlatformSettings settings) {
        List<String> arguments = new ArrayList<>(JVM_OPTIONS);
        arguments.add("-jar");
        arguments.add(service.jar(settings.repositoryRoot()).toString());
        arguments.add("--server.port=" + service.port());
        if (!service.isGateway()) {
            // Only the gateway is for clients: the services and the website listen on this machine alone.
            arguments.add("--server.address=127.0.0.1");
        }
        if (service.hasManagementPort()) {
            // The gateway's actuator (its metrics name the services' addresses) on this machine alone, never on its
            // public port, as in compose and on Kubernetes.
            arguments.add("--management.server.port=" + service.managementPort());
            arguments.add("--management.server.address=127.0.0.1");
        }
        String jwks = "http://127.0.0.1:" + settings.portalPort() + "/api/portal/v1/auth/jwks";
        arguments.add("--spring.security.oauth2.resourceserver.jwt.jwk-set-uri=" + jwks);
        // what the OpenAPI documents advertise as their server: the gateway, the only entrance
        arguments.add("--onestop.public-url=http://localhost:" + settings.gatewayPort());
        service.database().ifPresent(database -> {
            arguments.add("--spring.datasource.url=" + settings.jdbcUrl(database));
            arguments.add("--spring.datasource.username=" + PlatformSettings.DATABASE_USER);
            arguments.add("--spring.datasource.password=" + PlatformSettings.DATABASE_PASSWORD);
            arguments.add("--spring.kafka.bootstrap-servers=" + settings.kafkaBootstrapServers());
        });
        if (service.isGateway()) {
            arguments.add("--onestop.services.portal=http://127.0.0.1:" + settings.portalPort());
            arguments.add("--onestop.services.management=http://127.0.0.1:" + settings.managementPort());
            arguments.add("--onestop.services.processing=http://127.0.0.1:" + settings.processingPort());
            arguments.add("--onestop.services.web=http://127.0.0.1:" + settings.webPort());
        }
        if (service.name().equals("web")) {
            // The website calls the APIs through the gateway, as a browser would.
            arguments.add("--onestop.web.gateway-url=http://127.0.0.1:" + settings.gatewayPort());
        }
        // The gateway routes to data-sharing; processing asks its certificate registry.
        arguments.add("--onestop.services.data-sharing=http://127.0.0.1:" + settings.dataSharingPort());
        if (service.name().equals("portal-service")) {
            // Notifications by email go to the launcher's own mail server; their links lead to the website.
            arguments.add("--spring.mail.host=127.0.0.1");
            arguments.add("--spring.mail.port=" + settings.smtpPort());
            arguments.add("--onestop.portal.notifications.site-url=http://localhost:" + settings.gatewayPort());
        }
        if (service.name().equals("data-sharing-service")) {
            // Everything of the local platform is on this machine, departments' webhook receivers included; on a
            // real network only public https endpoints (and the intranet hosts the operator lists) are called.
            arguments.add("--onestop.data-sharing.webhooks.allowed-private-hosts=127.0.0.1,localhost");
        }
        if (service.name().equals("processing-service")) {
            // Processing's own token for the registry checks nobody asked for: the portal's demo machine client.
            arguments.add("--onestop.processing.registry.token-url=http://127.0.0.1:" + settings.portalPort()
                    + "/api/portal/v1/auth/token");
            arguments.add("--onestop.processing.registry.client-id=" + DEMO_MACHINE_CLIENT_ID);
            arguments.add("--onestop.processing.registry.client-secret=" + DEMO_MACHINE_CLIENT_SECRET);
        }
        return arguments;
    }
}
