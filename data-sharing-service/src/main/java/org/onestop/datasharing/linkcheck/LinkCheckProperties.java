package org.onestop.datasharing.linkcheck;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How data-sharing checks the links of the published service guides.
 *
 * @param enabled             off where the service cannot reach the links (no value is computed then)
 * @param interval            how often a round looks for links due
 * @param batch               links checked per round, one after another
 * @param recheckAfter        how long a verdict stands before the link is checked again
 * @param connectTimeout      how long to wait for a connection
 * @param requestTimeout      how long to wait for the answer's status
 * @param allowedPrivateHosts hosts that may resolve to a private address (an intranet portal); none by default
 */
@ConfigurationProperties("onestop.link-check")
record LinkCheckProperties(boolean enabled, Duration interval, int batch, Duration recheckAfter,
                           Duration connectTimeout, Duration requestTimeout, List<String> allowedPrivateHosts) {

    LinkCheckProperties {
        allowedPrivateHosts = allowedPrivateHosts == null ? List.of() : List.copyOf(allowedPrivateHosts);
    }
}
