package org.onestop.portal.catalog;

import java.util.Optional;
import org.onestop.contracts.management.ServiceItemPublished;
import org.onestop.platform.web.PageRequest;
import org.onestop.platform.web.PageResponse;
import org.springframework.stereotype.Service;

/** The catalog citizens browse and apply from. */
@Service
public class PublicCatalog {

    private final CatalogRepository items;

    PublicCatalog(CatalogRepository items) {
        this.items = items;
    }

    public Optional<CatalogItem> find(String code) {
        return items.find(code);
    }

    PageResponse<CatalogItem> search(String q, PageRequest page) {
        String query = q == null || q.isBlank() ? null : q.trim();
        return PageResponse.of(items.search(query, page), page, items.count(query));
    }

    void record(ServiceItemPublished published) {
        items.upsert(published);
    }
}
