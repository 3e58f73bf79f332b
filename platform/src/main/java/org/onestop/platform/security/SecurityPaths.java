package org.onestop.platform.security;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Paths a service serves without a token, on top of health, metrics and API docs.
 *
 * @param publicPaths    open for every method
 * @param publicGetPaths open for GET only
 */
@ConfigurationProperties("onestop.security")
public record SecurityPaths(List<String> publicPaths, List<String> publicGetPaths) {

    public SecurityPaths {
        publicPaths = publicPaths == null ? List.of() : List.copyOf(publicPaths);
        publicGetPaths = publicGetPaths == null ? List.of() : List.copyOf(publicGetPaths);
    }
}
