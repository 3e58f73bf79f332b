package org.onestop.processing.materials;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How processing asks data-sharing's e-certificate registry (its base URL is
 * {@code onestop.services.data-sharing}).
 *
 * @param connectTimeout  how long to wait for a connection
 * @param readTimeout     how long to wait for the answer
 * @param serviceToken    bearer token (a DEPARTMENT_SYSTEM token) for checks no member of staff asked for:
 *                        right after intake and by the re-check scheduler; blank: those checks wait for staff
 * @param recheckInterval how often the scheduler looks for unanswered checks, and the pause before a material is tried again
 * @param recheckBatch    materials checked per scheduler round
 */
@ConfigurationProperties("onestop.processing.registry")
record RegistryProperties(Duration connectTimeout, Duration readTimeout, String serviceToken, Duration recheckInterval,
                          int recheckBatch) {

    boolean hasServiceToken() {
        return serviceToken != null && !serviceToken.isBlank();
    }
}
