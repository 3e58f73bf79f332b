package org.onestop.gateway.routing;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** {@code onestop.services.*}: base URLs of the services behind the gateway, and of the website. */
@ConfigurationProperties("onestop.services")
record ServiceAddresses(
        @DefaultValue("http://localhost:8081") URI portal,
        @DefaultValue("http://localhost:8082") URI management,
        @DefaultValue("http://localhost:8083") URI processing,
        @DefaultValue("http://localhost:8084") URI dataSharing,
        @DefaultValue("http://localhost:8085") URI web) {

    /** Service name as it appears in {@code /api/<service>/**} to its base URL (the website is not among them). */
    Map<String, URI> byName() {
        Map<String, URI> services = new LinkedHashMap<>();
        services.put("portal", portal);
        services.put("management", management);
        services.put("processing", processing);
        services.put("data-sharing", dataSharing);
        return services;
    }
}
