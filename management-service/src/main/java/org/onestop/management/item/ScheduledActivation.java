package org.onestop.management.item;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Publishes approved versions when their effective date comes. Every replica runs it; the
 * due rows are claimed with {@code for update skip locked}, so each is published exactly once.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class ScheduledActivation {

    private static final Logger log = LoggerFactory.getLogger(ScheduledActivation.class);
    private static final int BATCH = 100;

    private final ServiceItemCatalog catalog;

    ScheduledActivation(ServiceItemCatalog catalog) {
        this.catalog = catalog;
    }

    @Scheduled(fixedDelayString = "${onestop.management.activation-interval:1s}")
    void activateDueVersions() {
        int activated;
        do {
            activated = catalog.activateDue(BATCH);
            if (activated > 0) {
                log.info("Published {} service item versions whose effective date has come", activated);
            }
        } while (activated == BATCH);
    }
}
