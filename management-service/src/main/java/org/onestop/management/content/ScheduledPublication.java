package org.onestop.management.content;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Publishes approved articles on their planned date; every replica runs it (rows are claimed with skip locked). */
@Component
class ScheduledPublication {

    private static final int BATCH = 100;

    private final PublicDisclosure disclosure;

    ScheduledPublication(PublicDisclosure disclosure) {
        this.disclosure = disclosure;
    }

    @Scheduled(fixedDelayString = "${onestop.management.activation-interval:1s}")
    void publishDueArticles() {
        while (disclosure.publishDue(BATCH) == BATCH) {
            // another full batch may be waiting
        }
    }
}
