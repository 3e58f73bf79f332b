package org.onestop.datasharing.linkcheck;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.onestop.datasharing.linkcheck.LinkChecks.CheckedLink;
import org.onestop.datasharing.linkcheck.domain.LinkVerdict;
import org.onestop.platform.web.PageRequest;
import org.onestop.platform.web.PageResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Checks the links of the published service guides (the materials' blank forms and examples), a
 * bounded batch per round, each link again after {@code onestop.link-check.recheck-after}. Every
 * replica runs it: links are claimed with {@code for update skip locked} and held for a lease, so
 * each is checked by one replica at a time, and the servers are asked outside any transaction.
 * The verdicts feed the {@code link_validity_rate} indicator.
 */
@Service
class LinkChecking {

    private static final Logger log = LoggerFactory.getLogger(LinkChecking.class);
    /** How long a claimed link is left to the replica that claimed it; a round takes far less. */
    static final Duration LEASE = Duration.ofMinutes(10);

    private final LinkChecks checks;
    private final LinkProbe probe;
    private final LinkCheckProperties properties;
    private final TransactionTemplate transactions;
    private final Clock clock;

    LinkChecking(LinkChecks checks, LinkProbe probe, LinkCheckProperties properties, TransactionTemplate transactions, Clock clock) {
        this.clock = clock;
        this.checks = checks;
        this.probe = probe;
        this.properties = properties;
        this.transactions = transactions;
    }

    @Scheduled(fixedDelayString = "${onestop.link-check.interval}", initialDelayString = "${onestop.link-check.interval}")
    void checkDueLinks() {
        if (!properties.enabled()) {
            return;
        }
        try {
            int checked = checkDue();
            if (checked > 0) {
                log.info("Checked {} links of the published service guides", checked);
            }
        } catch (RuntimeException e) {
            log.warn("Checking the guides' links failed; the next round tries again: {}", e.toString());
        }
    }

    /** One round: claims the links due and checks them one after another; returns how many. */
    int checkDue() {
        List<String> due = transactions.execute(status ->
                checks.claimDue(clock.instant(), LEASE, properties.batch()));
        for (String url : due) {
            LinkVerdict verdict = probe.check(url);
            Instant now = clock.instant();
            checks.record(url, verdict, now, now.plus(properties.recheckAfter()));
        }
        return due.size();
    }

    /** The guides' links with their last verdict, broken first, of a department and a validity when given. */
    PageResponse<CheckedLink> findings(String department, Boolean valid, PageRequest page) {
        return checks.page(department == null || department.isBlank() ? null : department.strip(), valid, page);
    }
}
