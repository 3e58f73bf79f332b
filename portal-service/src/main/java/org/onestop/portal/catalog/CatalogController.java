package org.onestop.portal.catalog;

import org.onestop.platform.problem.NotFoundException;
import org.onestop.platform.web.PageRequest;
import org.onestop.platform.web.PageResponse;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The public catalog: no sign-in needed. */
@RestController
@RequestMapping("/api/portal/v1/catalog/items")
class CatalogController {

    private final PublicCatalog catalog;

    CatalogController(PublicCatalog catalog) {
        this.catalog = catalog;
    }

    @GetMapping
    PageResponse<CatalogItem> search(@RequestParam(required = false) String q,
                                     @RequestParam(required = false) Integer page,
                                     @RequestParam(required = false) Integer size) {
        return catalog.search(q, PageRequest.of(page, size));
    }

    @GetMapping("/{code}")
    CatalogItem get(@PathVariable String code) {
        return catalog.find(code).orElseThrow(() -> new NotFoundException("No published item " + code));
    }
}
