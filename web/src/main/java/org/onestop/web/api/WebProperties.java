package org.onestop.web.api;

import java.net.URI;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code onestop.web}: where the website finds the APIs.
 *
 * @param gatewayUrl    the gateway, which every API call goes through (as a browser's would)
 * @param timeout       the longest one API call may take before the page says the service is unavailable
 * @param parallelCalls how many API calls pages may have running side by side, all pages together ({@link SideBySide})
 */
@ConfigurationProperties("onestop.web")
public record WebProperties(@DefaultValue("http://localhost:8080") URI gatewayUrl,
                            @DefaultValue("5s") Duration timeout,
                            @DefaultValue("32") int parallelCalls) {
}
