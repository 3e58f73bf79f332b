package org.onestop.launcher;

import java.util.ArrayList;
import java.util.List;

/** The JVM options and Spring properties (as {@code --name=value}) each service is started with. */
public final class ServiceArguments {

    private static final List<String> JVM_OPTIONS = List.of(
            "-Xms64m", "-Xmx256m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
            "-XX:+ExitOnOutOfMemoryError", "-Dfile.encoding=UTF-8");

    private ServiceArguments() {
    }

    public static List<String> of(ServiceDefinition service, PlatformSettings settings) {
        List<String> arguments = new ArrayList<>(JVM_OPTIONS);
        arguments.add("-jar");
        arguments.add(service.jar(settings.repositoryRoot()).toString());
        arguments.add("--server.port=" + service.port());
        String jwks = "http://localhost:" + settings.portalPort() + "/api/portal/v1/auth/jwks";
        arguments.add("--spring.security.oauth2.resourceserver.jwt.jwk-set-uri=" + jwks);
        service.database().ifPresent(database -> {
            arguments.add("--spring.datasource.url=" + settings.jdbcUrl(database));
            arguments.add("--spring.datasource.username=" + PlatformSettings.DATABASE_USER);
            arguments.add("--spring.datasource.password=" + PlatformSettings.DATABASE_PASSWORD);
            arguments.add("--spring.kafka.bootstrap-servers=" + settings.kafkaBootstrapServers());
        });
        if (service.isGateway()) {
            arguments.add("--onestop.services.portal=http://localhost:" + settings.portalPort());
            arguments.add("--onestop.services.management=http://localhost:" + settings.managementPort());
            arguments.add("--onestop.services.processing=http://localhost:" + settings.processingPort());
        }
        // The gateway routes to data-sharing; processing asks its certificate registry.
        arguments.add("--onestop.services.data-sharing=http://localhost:" + settings.dataSharingPort());
        return arguments;
    }
}
