package org.onestop.management.item.domain;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.onestop.contracts.management.ServiceItemEvent;
import org.onestop.contracts.management.ServiceItemPublished;
import org.onestop.contracts.management.ServiceItemSuperseded;
import org.onestop.contracts.management.ServiceItemWithdrawn;
import org.onestop.platform.rules.StateConflict;

/**
 * One version of an implementation item (实施清单) and its life: draft → in review → scheduled
 * (approved, waiting for its effective date) → published → withdrawn or superseded. Only a draft
 * can be edited; a published version is changed by starting a new version. The person who
 * submitted a version for review cannot approve it (four-eyes).
 *
 * @param revision optimistic-locking counter, increased by every saved change
 */
public record ServiceItem(
        UUID id,
        String code,
        int version,
        ItemContent content,
        ItemStatus status,
        Instant effectiveFrom,
        String createdBy,
        Instant createdAt,
        Instant updatedAt,
        String submittedBy,
        String reviewedBy,
        String reviewComment,
        Instant publishedAt,
        Instant endedAt,
        String endReason,
        long revision) {

    /** A first version, checked against the catalog's rules; every broken rule is reported at once. */
    public static ServiceItem draft(String code, ItemContent content, String editor, Instant now) {
        CatalogRules.check(code, content);
        return new ServiceItem(UUID.randomUUID(), code, 1, content, ItemStatus.DRAFT, null, editor, now, now, null, null,
                null, null, null, null, 0);
    }

    /** A new draft version of this published (or withdrawn) item, with the edited content. */
    public ServiceItem nextVersion(ItemContent edited, String editor, Instant now) {
        requireStatus("start a new version of", Set.of(ItemStatus.PUBLISHED, ItemStatus.WITHDRAWN));
        CatalogRules.check(code, edited);
        return new ServiceItem(UUID.randomUUID(), code, version + 1, edited, ItemStatus.DRAFT, null, editor, now, now, null,
                null, null, null, null, null, 0);
    }

    /** The draft with new content; published versions are immutable. */
    public ServiceItem edit(ItemContent edited, Instant now) {
        if (status != ItemStatus.DRAFT) {
            throw conflict("Version " + version + " of " + code + " is " + status + " and cannot be edited; published "
                    + "versions are immutable, start a new version (POST .../versions) instead");
        }
        CatalogRules.check(code, edited);
        return new ServiceItem(id, code, version, edited, status, effectiveFrom, createdBy, createdAt, now, submittedBy,
                reviewedBy, reviewComment, publishedAt, endedAt, endReason, revision);
    }

    /** The editor hands the draft over for review. */
    public ServiceItem submit(String editor, Instant now) {
        requireStatus("submit", Set.of(ItemStatus.DRAFT));
        return new ServiceItem(id, code, version, content, ItemStatus.IN_REVIEW, null, createdBy, createdAt, now, editor,
                null, null, null, null, null, revision);
    }

    /** The reviewer sends the version back to its editor. */
    public ServiceItem reject(String reviewer, String comment, Instant now) {
        requireReviewable(reviewer);
        return new ServiceItem(id, code, version, content, ItemStatus.DRAFT, null, createdBy, createdAt, now, null,
                reviewer, comment, null, null, null, revision);
    }

    /**
     * The reviewer approves the version to take effect from {@code effectiveFrom} (now when null);
     * it is then published by {@link #activate} at that time.
     */
    public ServiceItem approve(String reviewer, Instant effectiveFrom, String comment, Instant now) {
        requireReviewable(reviewer);
        Instant from = effectiveFrom == null || effectiveFrom.isBefore(now) ? now : effectiveFrom;
        return new ServiceItem(id, code, version, content, ItemStatus.SCHEDULED, from, createdBy, createdAt, now,
                submittedBy, reviewer, comment, null, null, null, revision);
    }

    /** Whether an approved version's effective date has come. */
    public boolean isDue(Instant now) {
        return status == ItemStatus.SCHEDULED && !effectiveFrom.isAfter(now);
    }

    /** The approved version takes effect; the event carries the whole version, guide and form included. */
    public Transition activate(Instant now, String channel) {
        requireStatus("publish", Set.of(ItemStatus.SCHEDULED));
        var published = new ServiceItem(id, code, version, content, ItemStatus.PUBLISHED, effectiveFrom, createdBy,
                createdAt, now, submittedBy, reviewedBy, reviewComment, now, null, null, revision);
        ItemContent c = content;
        var event = new ServiceItemPublished(id.toString(), code, version, c.name(), c.itemType().name(), c.regionCode(),
                c.departmentCode(), c.departmentName(), c.legalLimitDays(), c.promisedLimitDays(), c.formFields(), channel,
                now, c.guide());
        return new Transition(published, List.of(event));
    }

    /** This published version gives way to a newer one of the same code. */
    public Transition supersede(ServiceItem newer, Instant now, String channel) {
        requireStatus("supersede", Set.of(ItemStatus.PUBLISHED));
        var superseded = end(ItemStatus.SUPERSEDED, "superseded by version " + newer.version(), now);
        return new Transition(superseded, List.of(new ServiceItemSuperseded(id.toString(), code, version,
                newer.id().toString(), newer.version(), content.regionCode(), content.departmentCode(), channel, now)));
    }

    /**
     * A published version stops being offered; a scheduled one is called off before it takes
     * effect (nothing was announced, so nothing is).
     */
    public Transition withdraw(String reason, Instant now, String channel) {
        requireStatus("withdraw", Set.of(ItemStatus.PUBLISHED, ItemStatus.SCHEDULED));
        var withdrawn = end(ItemStatus.WITHDRAWN, reason, now);
        if (status == ItemStatus.SCHEDULED) {
            return new Transition(withdrawn, List.of());
        }
        return new Transition(withdrawn, List.of(new ServiceItemWithdrawn(id.toString(), code, version, reason,
                content.regionCode(), content.departmentCode(), channel, now)));
    }

    /** Refuses to act on a version that changed since the caller read it. */
    public void expectRevision(Long expected) {
        if (expected != null && expected != revision) {
            throw new StateConflict("Version " + version + " of " + code + " was changed since you read it",
                    Map.of("currentRevision", revision));
        }
    }

    private ServiceItem end(ItemStatus ended, String reason, Instant now) {
        return new ServiceItem(id, code, version, content, ended, effectiveFrom, createdBy, createdAt, now, submittedBy,
                reviewedBy, reviewComment, publishedAt, now, reason, revision);
    }

    private void requireReviewable(String reviewer) {
        if (status == ItemStatus.DRAFT) {
            throw conflict("Version " + version + " of " + code + " has not been submitted for review; "
                    + "it cannot be approved or published without review");
        }
        requireStatus("review", Set.of(ItemStatus.IN_REVIEW));
        if (Objects.equals(reviewer, submittedBy)) {
            throw new StateConflict("Four-eyes rule: the person who submitted version " + version + " of " + code
                    + " cannot review it", Map.of("itemStatus", status.name(), "submittedBy", submittedBy));
        }
    }

    private void requireStatus(String action, Set<ItemStatus> allowed) {
        if (!allowed.contains(status)) {
            throw conflict("Cannot " + action + " version " + version + " of " + code + ": it is " + status);
        }
    }

    private StateConflict conflict(String message) {
        return new StateConflict(message, Map.of("itemStatus", status.name()));
    }

    /** The version after a change, and the events that announce it. */
    public record Transition(ServiceItem item, List<ServiceItemEvent> events) {
    }
}
