package org.onestop.processing.materials;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How processing asks data-sharing's e-certificate registry (its base URL is
 * {@code onestop.services.data-sharing}).
 *
 * @param connectTimeout  how long to wait for a connection (to the registry and to the token endpoint)
 * @param readTimeout     how long to wait for the answer
 * @param tokenUrl        the portal's token endpoint, where processing obtains its own DEPARTMENT_SYSTEM token
 *                        with the client-credentials grant for the checks no member of staff asked for
 *                        (right after intake and by the re-check scheduler)
 * @param clientId        processing's machine client id at the portal; blank: those checks wait for staff
 * @param clientSecret    its secret
 * @param recheckInterval how often the scheduler looks for unanswered checks, and the pause before a material is tried again
 * @param recheckBatch    materials checked per scheduler round
 */
@ConfigurationProperties("onestop.processing.registry")
record RegistryProperties(Duration connectTimeout, Duration readTimeout, String tokenUrl, String clientId,
                          String clientSecret, Duration recheckInterval, int recheckBatch) {

    RegistryProperties {
        tokenUrl = tokenUrl == null || tokenUrl.isBlank() ? "http://localhost:8081/api/portal/v1/auth/token" : tokenUrl;
    }

    /** Whether processing has credentials of its own for the checks nobody asked for. */
    boolean hasClient() {
        return clientId != null && !clientId.isBlank() && clientSecret != null && !clientSecret.isBlank();
    }
}
