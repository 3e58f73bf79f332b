package org.onestop.datasharing.resource;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.onestop.contracts.datasharing.SharedRecordPublished;
import org.onestop.datasharing.audit.AuditLog;
import org.onestop.datasharing.resource.ResourceRepository.SharedRecord;
import org.onestop.datasharing.resource.domain.AccessGrant;
import org.onestop.datasharing.resource.domain.DataResource;
import org.onestop.datasharing.resource.domain.GrantRight;
import org.onestop.platform.messaging.OutboxWriter;
import org.onestop.platform.security.CurrentUser;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Owners publish records of their resources; each granted department gets them on its own Kafka
 * feed topic or pulls them through a cursor, and either way sees only the granted fields. Every
 * read and every refusal is in the audit log.
 */
@Service
class SharedDataExchange {

    static final int MAX_BATCH = 500;

    private final ResourceRepository resources;
    private final ResourceCatalog catalog;
    private final AuditLog audit;
    private final OutboxWriter outbox;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    SharedDataExchange(ResourceRepository resources, ResourceCatalog catalog, AuditLog audit, OutboxWriter outbox,
                       ApplicationEventPublisher events, Clock clock) {
        this.clock = clock;
        this.events = events;
        this.resources = resources;
        this.catalog = catalog;
        this.audit = audit;
        this.outbox = outbox;
    }

    /** By the owner, or by a department whose grant has the PUBLISH right (only the granted fields). */
    @Transactional
    long publish(CurrentUser publisher, String resourceCode, String key, Map<String, Object> data) {
        String department = Department.of(publisher);
        DataResource resource = catalog.visible(resourceCode, publisher);
        Instant now = clock.instant();
        if (!resource.isOwnedBy(department)) {
            AccessGrant grant = activeGrant(resource, department, GrantRight.PUBLISH, now);
            if (grant == null) {
                audit.recordAlone(publisher.username(), department, "record.publish", resourceCode, "denied",
                        "no active grant to publish");
                throw new AccessDeniedException("Your department may not publish records of " + resourceCode);
            }
            grant.checkPublishable(data);
        }
        resource.checkRecord(data);
        long seq = resources.appendRecord(resource.id(), key, data, now);
        List<AccessGrant> feeds = resources.activeGrants(resource.id()).stream()
                .filter(grant -> grant.allows(GrantRight.READ, now)).toList();
        feeds.forEach(grant -> {
            var published = new SharedRecordPublished(resourceCode, seq, key, grant.project(data),
                    resource.ownerDepartment(), grant.consumerDepartment(), now);
            outbox.append(SharedRecordPublished.topicFor(grant.consumerDepartment(), resourceCode), published);
            events.publishEvent(published); // in this transaction: the webhooks queue it (webhook.Webhooks)
        });
        audit.record(publisher.username(), department, "record.publish", resourceCode, "ok",
                "seq " + seq + " to " + feeds.size() + " feeds");
        return seq;
    }

    @Transactional
    Batch read(CurrentUser reader, String resourceCode, long cursor, int limit) {
        String department = Department.of(reader);
        DataResource resource = catalog.visible(resourceCode, reader);
        Instant now = clock.instant();
        AccessGrant grant = activeGrant(resource, department, GrantRight.READ, now);
        if (grant == null && !resource.isOwnedBy(department)) {
            audit.recordAlone(reader.username(), department, "record.read", resourceCode, "denied", "no active grant");
            throw new AccessDeniedException("Your department has no active grant for " + resourceCode);
        }
        List<SharedRecord> records = resources.recordsAfter(resource.id(), cursor, Math.min(Math.max(limit, 1), MAX_BATCH));
        List<Shared> shared = records.stream()
                .map(record -> new Shared(record.seq(), record.key(),
                        grant == null ? record.data() : grant.project(record.data()), record.publishedAt()))
                .toList();
        long next = records.isEmpty() ? cursor : records.get(records.size() - 1).seq();
        audit.record(reader.username(), department, "record.read", resourceCode, "ok",
                shared.size() + " records after " + cursor + (grant == null ? "" : " fields " + grant.fields()));
        return new Batch(shared, next);
    }

    private AccessGrant activeGrant(DataResource resource, String department, GrantRight right, Instant now) {
        return resources.approvedGrants(resource.id(), department).stream()
                .filter(candidate -> candidate.allows(right, now))
                .findFirst()
                .orElse(null);
    }

    /** One record as the reader may see it. */
    record Shared(long seq, String key, Map<String, Object> data, Instant publishedAt) {
    }

    /** Records after the cursor, and the cursor to ask from next time. */
    record Batch(List<Shared> records, long nextCursor) {
    }
}
