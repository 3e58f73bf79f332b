package org.onestop.portal.catalog;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import org.onestop.contracts.Topics;
import org.onestop.contracts.management.ServiceItemPublished;
import org.onestop.contracts.management.ServiceItemSuperseded;
import org.onestop.contracts.management.ServiceItemWithdrawn;
import org.onestop.contracts.portal.CatalogSearched;
import org.onestop.contracts.portal.GuideViewed;
import org.onestop.platform.messaging.OutboxWriter;
import org.onestop.platform.problem.NotFoundException;
import org.onestop.platform.web.PageRequest;
import org.onestop.platform.web.PageResponse;
import org.onestop.platform.web.RequestContext;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The catalog citizens browse and apply from: the version in force of every listed item, and
 * every version ever published for the cases submitted under it. Searches and guide views are
 * announced on {@code portal.behaviour.v1} for the indicators.
 */
@Service
public class PublicCatalog {

    static final Duration WHOLE_CATALOG_FRESHNESS = Duration.ofSeconds(30);

    private final CatalogRepository items;
    private final OutboxWriter outbox;
    private final Clock clock;
    private final AtomicReference<WholeCatalogFacets> wholeCatalogFacets = new AtomicReference<>();

    PublicCatalog(CatalogRepository items, OutboxWriter outbox, Clock clock) {
        this.clock = clock;
        this.items = items;
        this.outbox = outbox;
    }

    /** The version in force of a listed item: what a person applies under now. Withdrawn items are absent. */
    public Optional<CatalogItem> find(String code) {
        return items.find(code);
    }

    /**
     * The region of a department the public catalog lists items of: the departments a person can
     * address (a consultation or complaint) through the portal. Empty for any other code.
     */
    public Optional<String> regionOfListedDepartment(String departmentCode) {
        return items.regionOfListedDepartment(departmentCode);
    }

    /** Whether the item was published and then withdrawn: it existed, but nobody can apply for it now. */
    public boolean isWithdrawn(String code) {
        return items.isWithdrawn(code);
    }

    /**
     * A version as it was published, also after it was superseded or withdrawn: the guide and form
     * of the version an application was submitted under.
     */
    public Optional<CatalogItem> findVersion(String code, int version) {
        return items.findVersion(code, version);
    }

    /** A page of listed items; the first page of a search with query text is announced. */
    @Transactional
    PageResponse<CatalogSummary> browse(CatalogFilter filter, PageRequest page) {
        long total = items.count(filter);
        var found = PageResponse.of(items.summaries(filter, page), page, total);
        if (filter.query() != null && page.page() == 0) {
            String region = filter.region() == null ? null : filter.region().code();
            outbox.append(Topics.BEHAVIOUR, new CatalogSearched(UUID.randomUUID().toString(),
                    filter.query().masked(), total, filter.topic(), filter.serviceObject(), filter.itemType(),
                    filter.level(), filter.onlineDepth(), region, filter.departmentCode(), RequestContext.channel(),
                    clock.instant()));
        }
        return found;
    }

    /**
     * The facets; those of the whole catalog (the portal's landing page, a pass over every listed
     * item) are kept for {@link #WHOLE_CATALOG_FRESHNESS} or until the catalog changes here.
     */
    CatalogFacets facets(CatalogFilter filter) {
        if (!filter.isEmpty()) {
            return items.facets(filter);
        }
        Instant now = clock.instant();
        WholeCatalogFacets cached = wholeCatalogFacets.get();
        if (cached != null && cached.until().isAfter(now)) {
            return cached.facets();
        }
        CatalogFacets fresh = items.facets(filter);
        wholeCatalogFacets.set(new WholeCatalogFacets(fresh, now.plus(WHOLE_CATALOG_FRESHNESS)));
        return fresh;
    }

    /** The guide page of the version in force; the view is announced. */
    @Transactional
    CatalogItem viewGuide(String code) {
        CatalogItem item = items.find(code).orElseThrow(() -> new NotFoundException("No published item " + code));
        outbox.append(Topics.BEHAVIOUR, new GuideViewed(item.code(), item.version(), item.itemType(),
                item.guide().onlineDepth(), item.regionCode(), item.departmentCode(), RequestContext.channel(),
                clock.instant()));
        return item;
    }

    void record(ServiceItemPublished published) {
        items.recordPublished(published);
        wholeCatalogFacets.set(null);
    }

    void record(ServiceItemSuperseded superseded) {
        items.recordSuperseded(superseded);
    }

    void record(ServiceItemWithdrawn withdrawn) {
        items.recordWithdrawn(withdrawn);
        wholeCatalogFacets.set(null);
    }

    private record WholeCatalogFacets(CatalogFacets facets, Instant until) {
    }
}
