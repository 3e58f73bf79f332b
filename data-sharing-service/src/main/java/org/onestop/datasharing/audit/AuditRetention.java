package org.onestop.datasharing.audit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Keeps the exchange audit log for {@code onestop.audit.retention-months} (default 12, at least
 * the six months the law asks for) and removes older entries once a day, in batches. Several
 * replicas may run it at once: pruning takes the chain's advisory lock.
 */
@Component
class AuditRetention {

    private static final Logger log = LoggerFactory.getLogger(AuditRetention.class);
    static final int MINIMUM_MONTHS = 6;
    private static final int BATCH = 10_000;

    private final AuditLog audit;
    private final int retentionMonths;

    AuditRetention(AuditLog audit, @Value("${onestop.audit.retention-months:12}") int retentionMonths) {
        if (retentionMonths < MINIMUM_MONTHS) {
            throw new IllegalStateException("onestop.audit.retention-months is " + retentionMonths
                    + ": the exchange audit log must be kept at least " + MINIMUM_MONTHS + " months");
        }
        this.audit = audit;
        this.retentionMonths = retentionMonths;
    }

    @Scheduled(cron = "${onestop.audit.retention-cron:0 30 3 * * *}")
    void pruneExpired() {
        int removed;
        int total = 0;
        do {
            removed = audit.prune(retentionMonths, BATCH);
            total += removed;
        } while (removed == BATCH);
        if (total > 0) {
            log.info("Removed {} exchange audit entries older than {} months", total, retentionMonths);
        }
    }
}
