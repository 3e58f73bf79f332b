package org.onestop.processing.cases;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param defaultLimitDays    promised limit in working days for a case whose item version the catalog never published
 * @param warningShare        share of the limit used at which the early warning is raised (0.8 = 80 %)
 * @param supervisionInterval how often the supervision scheduler looks for warnings and overdue cases
 * @param supervisionBatch    cases signalled per scheduler transaction
 */
@ConfigurationProperties("onestop.processing")
record ProcessingProperties(int defaultLimitDays, double warningShare, Duration supervisionInterval,
                            int supervisionBatch) {
}
