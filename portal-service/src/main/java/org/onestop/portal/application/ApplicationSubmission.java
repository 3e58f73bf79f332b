package org.onestop.portal.application;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.UUID;
import org.onestop.contracts.Topics;
import org.onestop.platform.messaging.OutboxWriter;
import org.onestop.platform.problem.BadRequestException;
import org.onestop.platform.problem.NotFoundException;
import org.onestop.platform.security.CurrentUser;
import org.onestop.platform.web.PageRequest;
import org.onestop.platform.web.PageResponse;
import org.onestop.platform.web.RequestContext;
import org.onestop.portal.application.ApplicationRepository.ProgressStep;
import org.onestop.portal.application.domain.Application;
import org.onestop.portal.application.domain.ApplicationStatus;
import org.onestop.portal.application.domain.FormCheck;
import org.onestop.portal.catalog.CatalogItem;
import org.onestop.portal.catalog.PublicCatalog;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/** Submitting applications and reading one's own. */
@Service
class ApplicationSubmission {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyyMMdd").withZone(ZoneId.of("Asia/Shanghai"));

    private final ApplicationRepository applications;
    private final PublicCatalog catalog;
    private final OutboxWriter outbox;
    private final TransactionTemplate transactions;
    private final Clock clock = Clock.systemUTC();

    ApplicationSubmission(ApplicationRepository applications, PublicCatalog catalog, OutboxWriter outbox,
                          TransactionTemplate transactions) {
        this.applications = applications;
        this.catalog = catalog;
        this.outbox = outbox;
        this.transactions = transactions;
    }

    /**
     * Submits once per idempotency key: a repeat with the same key returns the first application,
     * also when both arrive at the same moment.
     */
    Submitted submit(CurrentUser applicant, String itemCode, Map<String, Object> formData, String idempotencyKey) {
        if (idempotencyKey != null) {
            var earlier = applications.findByIdempotencyKey(applicant.id(), idempotencyKey);
            if (earlier.isPresent()) {
                return new Submitted(earlier.get(), false);
            }
        }
        CatalogItem item = catalog.find(itemCode)
                .orElseThrow(() -> new BadRequestException("itemCode", "no published item " + itemCode));
        FormCheck.check(item.formFields(), formData);
        try {
            return transactions.execute(status -> {
                Instant now = clock.instant();
                var application = new Application(UUID.randomUUID(), trackingNumber(item, now), applicant.id(),
                        applicant.name(), applicantType(applicant), item.code(), item.version(), item.name(),
                        item.departmentCode(), item.regionCode(), formData, ApplicationStatus.SUBMITTED, null,
                        RequestContext.channel(), idempotencyKey, now);
                applications.insert(application);
                outbox.append(Topics.APPLICATION, application.submittedEvent());
                return new Submitted(application, true);
            });
        } catch (DuplicateKeyException raced) {
            return applications.findByIdempotencyKey(applicant.id(), idempotencyKey)
                    .map(first -> new Submitted(first, false))
                    .orElseThrow(() -> raced);
        }
    }

    Application findOwn(UUID id, CurrentUser applicant) {
        return applications.findOwn(id, applicant.id())
                .orElseThrow(() -> new NotFoundException("No application " + id));
    }

    java.util.List<ProgressStep> progressOf(UUID id) {
        return applications.progressOf(id);
    }

    PageResponse<Application> listOwn(CurrentUser applicant, PageRequest page) {
        return PageResponse.of(applications.pageOf(applicant.id(), page), page, applications.countOf(applicant.id()));
    }

    private String trackingNumber(CatalogItem item, Instant now) {
        return "%s-%s-%08d".formatted(item.regionCode(), DAY.format(now), applications.nextTrackingSequence());
    }

    private static String applicantType(CurrentUser applicant) {
        return applicant.hasRole("LEGAL_PERSON") ? "LEGAL_PERSON" : "NATURAL_PERSON";
    }

    /** The application, and whether this request created it. */
    record Submitted(Application application, boolean created) {
    }
}
