package org.onestop.portal.catalog;

import org.onestop.platform.problem.NotFoundException;
import org.onestop.platform.web.PageRequest;
import org.onestop.platform.web.PageResponse;
import org.onestop.portal.catalog.CatalogFilter.CatalogCriteria;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The public catalog: no sign-in needed. */
@RestController
@RequestMapping("/api/portal/v1/catalog")
class CatalogController {

    private final PublicCatalog catalog;

    CatalogController(PublicCatalog catalog) {
        this.catalog = catalog;
    }

    /**
     * Listed items matching every given criterion, as summaries; with {@code q} the closest names first,
     * with {@code sort=popular} the most used first (applications in the last days, then by code).
     */
    @GetMapping("/items")
    PageResponse<CatalogSummary> browse(CatalogCriteria criteria,
                                        @RequestParam(required = false) String sort,
                                        @RequestParam(required = false) Integer page,
                                        @RequestParam(required = false) Integer size) {
        PageRequest pageRequest = PageRequest.of(page, size);
        return catalog.browse(criteria.filter().sortedBy(sort), pageRequest);
    }

    /** How many listed items each facet value has under the same criteria as the list. */
    @GetMapping("/facets")
    CatalogFacets facets(CatalogCriteria criteria) {
        return catalog.facets(criteria.filter());
    }

    /** The guide page (办事指南) of the version in force: the whole guide and the form definition. */
    @GetMapping("/items/{code}")
    CatalogItem guide(@PathVariable String code) {
        return catalog.viewGuide(code);
    }

    /** A version as it was published, also once superseded or withdrawn (what a case was submitted under). */
    @GetMapping("/items/{code}/versions/{version}")
    CatalogItem version(@PathVariable String code, @PathVariable int version) {
        return catalog.findVersion(code, version)
                .orElseThrow(() -> new NotFoundException("No published version " + version + " of " + code));
    }
}
