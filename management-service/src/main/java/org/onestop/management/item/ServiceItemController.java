package org.onestop.management.item;

import static org.springframework.http.HttpHeaders.IF_MATCH;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.onestop.management.item.domain.GuideQuality.QualityReport;
import org.onestop.management.item.domain.GuideQuality;
import org.onestop.management.item.domain.ServiceItem;
import org.onestop.platform.security.CurrentUser;
import org.onestop.platform.web.PageRequest;
import org.onestop.platform.web.PageResponse;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The editor's catalog: editors draft, edit and submit; reviewers (another person) approve for a
 * date, publish now, reject or withdraw. Administrators may do both, but not on the same version.
 */
@RestController
@RequestMapping("/api/management/v1/service-items")
@PreAuthorize("hasAnyRole('ADMIN', 'EDITOR', 'REVIEWER')")
class ServiceItemController {

    private static final String ITEMS = "/api/management/v1/service-items/";

    private final ServiceItemCatalog catalog;

    ServiceItemController(ServiceItemCatalog catalog) {
        this.catalog = catalog;
    }

    @PostMapping
    @PreAuthorize("hasAnyRole('ADMIN', 'EDITOR')")
    ResponseEntity<ServiceItemView> draft(@Valid @RequestBody DraftServiceItem request, @AuthenticationPrincipal Jwt jwt) {
        return created(catalog.draft(request, CurrentUser.of(jwt)));
    }

    @PutMapping("/{id}")
    @PreAuthorize("hasAnyRole('ADMIN', 'EDITOR')")
    ServiceItemView edit(@PathVariable UUID id, @Valid @RequestBody DraftServiceItem request,
            @RequestHeader(name = IF_MATCH, required = false) String ifMatch, @AuthenticationPrincipal Jwt jwt) {
        return ServiceItemView.of(catalog.edit(id, request.over(ifMatch), CurrentUser.of(jwt)));
    }

    @PostMapping("/{id}/versions")
    @PreAuthorize("hasAnyRole('ADMIN', 'EDITOR')")
    ResponseEntity<ServiceItemView> startNewVersion(@PathVariable UUID id, @Valid @RequestBody DraftServiceItem request,
                                                    @AuthenticationPrincipal Jwt jwt) {
        return created(catalog.startNewVersion(id, request, CurrentUser.of(jwt)));
    }

    @PostMapping("/{id}/submit")
    @PreAuthorize("hasAnyRole('ADMIN', 'EDITOR')")
    ServiceItemView submit(@PathVariable UUID id, @RequestBody(required = false) LifecycleRequest request,
            @RequestHeader(name = IF_MATCH, required = false) String ifMatch, @AuthenticationPrincipal Jwt jwt) {
        return ServiceItemView.of(catalog.submit(id, LifecycleRequest.over(request, ifMatch), CurrentUser.of(jwt)));
    }

    @PostMapping("/{id}/approve")
    @PreAuthorize("hasAnyRole('ADMIN', 'REVIEWER')")
    ServiceItemView approve(@PathVariable UUID id, @RequestBody(required = false) LifecycleRequest request,
            @RequestHeader(name = IF_MATCH, required = false) String ifMatch, @AuthenticationPrincipal Jwt jwt) {
        return ServiceItemView.of(catalog.approve(id, LifecycleRequest.over(request, ifMatch), CurrentUser.of(jwt)));
    }

    /** Approves the version in review with effect from now. */
    @PostMapping("/{id}/publish")
    @PreAuthorize("hasAnyRole('ADMIN', 'REVIEWER')")
    ServiceItemView publish(@PathVariable UUID id, @RequestBody(required = false) LifecycleRequest request,
            @RequestHeader(name = IF_MATCH, required = false) String ifMatch, @AuthenticationPrincipal Jwt jwt) {
        LifecycleRequest given = LifecycleRequest.over(request, ifMatch);
        LifecycleRequest now = new LifecycleRequest(given.expectedRevision(), null, given.comment());
        return ServiceItemView.of(catalog.approve(id, now, CurrentUser.of(jwt)));
    }

    @PostMapping("/{id}/reject")
    @PreAuthorize("hasAnyRole('ADMIN', 'REVIEWER')")
    ServiceItemView reject(@PathVariable UUID id, @RequestBody(required = false) LifecycleRequest request,
            @RequestHeader(name = IF_MATCH, required = false) String ifMatch, @AuthenticationPrincipal Jwt jwt) {
        return ServiceItemView.of(catalog.reject(id, LifecycleRequest.over(request, ifMatch), CurrentUser.of(jwt)));
    }

    @PostMapping("/{id}/withdraw")
    @PreAuthorize("hasAnyRole('ADMIN', 'REVIEWER')")
    ServiceItemView withdraw(@PathVariable UUID id, @RequestBody LifecycleRequest request,
            @RequestHeader(name = IF_MATCH, required = false) String ifMatch, @AuthenticationPrincipal Jwt jwt) {
        return ServiceItemView.of(catalog.withdraw(id, LifecycleRequest.over(request, ifMatch), CurrentUser.of(jwt)));
    }

    @GetMapping("/{id}")
    ServiceItemView get(@PathVariable UUID id, @AuthenticationPrincipal Jwt jwt) {
        return ServiceItemView.of(catalog.find(id, CurrentUser.of(jwt)));
    }

    @GetMapping("/{id}/quality")
    QualityReport quality(@PathVariable UUID id, @AuthenticationPrincipal Jwt jwt) {
        return catalog.quality(id, CurrentUser.of(jwt));
    }

    /** Query parameters {@code type, level, regionCode, departmentCode, topic, status, incomplete, q, baseCode}. */
    @GetMapping
    PageResponse<ServiceItemSummary> search(ItemFilter filter, @RequestParam(required = false) Integer page,
                                            @RequestParam(required = false) Integer size, @AuthenticationPrincipal Jwt jwt) {
        return catalog.search(filter, PageRequest.of(page, size), CurrentUser.of(jwt));
    }

    /** The items matching the same filters, as documents that {@code POST /import} reads back. */
    @GetMapping("/export")
    PageResponse<DraftServiceItem> export(ItemFilter filter, @RequestParam(required = false) Integer page,
                                          @RequestParam(required = false) Integer size, @AuthenticationPrincipal Jwt jwt) {
        return catalog.export(filter, PageRequest.of(page, size), CurrentUser.of(jwt));
    }

    @PostMapping("/import")
    @PreAuthorize("hasAnyRole('ADMIN', 'EDITOR')")
    ResponseEntity<PageResponse<ServiceItemSummary>> importItems(@Valid @RequestBody ImportDocument document,
                                                                 @AuthenticationPrincipal Jwt jwt) {
        List<ServiceItem> imported = catalog.importItems(document.items(), CurrentUser.of(jwt));
        List<ServiceItemSummary> summaries = imported.stream().map(ServiceItemController::summaryOf).toList();
        return ResponseEntity.status(201)
                .body(PageResponse.of(summaries, new PageRequest(0, ServiceItemCatalog.LARGEST_IMPORT), summaries.size()));
    }

    private static ServiceItemSummary summaryOf(ServiceItem item) {
        var c = item.content();
        return new ServiceItemSummary(item.id().toString(), item.code(), item.version(), c.name(), c.itemType().name(),
                c.guide().level(), c.regionCode(), c.departmentCode(), c.departmentName(), c.guide().baseCode(),
                item.status().name(), GuideQuality.of(c).findings().size(), item.effectiveFrom(), item.publishedAt(),
                item.revision());
    }

    private static ResponseEntity<ServiceItemView> created(ServiceItem item) {
        return ResponseEntity.created(URI.create(ITEMS + item.id())).body(ServiceItemView.of(item));
    }


    /** Items to import, as {@code GET /export} gives them. */
    record ImportDocument(@NotNull @Size(min = 1, max = ServiceItemCatalog.LARGEST_IMPORT) List<@Valid DraftServiceItem> items) {
    }
}
