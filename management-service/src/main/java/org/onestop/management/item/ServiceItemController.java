package org.onestop.management.item;

import jakarta.validation.Valid;
import java.net.URI;
import java.util.UUID;
import org.onestop.management.item.domain.ItemStatus;
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
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/management/v1/service-items")
@PreAuthorize("hasAnyRole('ADMIN', 'EDITOR', 'REVIEWER')")
class ServiceItemController {

    private final ServiceItemCatalog catalog;

    ServiceItemController(ServiceItemCatalog catalog) {
        this.catalog = catalog;
    }

    @PostMapping
    @PreAuthorize("hasAnyRole('ADMIN', 'EDITOR')")
    ResponseEntity<ServiceItemView> draft(@Valid @RequestBody DraftServiceItem request, @AuthenticationPrincipal Jwt jwt) {
        var item = ServiceItemView.of(catalog.draft(request, CurrentUser.of(jwt).username()));
        return ResponseEntity.created(URI.create("/api/management/v1/service-items/" + item.id())).body(item);
    }

    @PostMapping("/{id}/publish")
    @PreAuthorize("hasAnyRole('ADMIN', 'REVIEWER')")
    ServiceItemView publish(@PathVariable UUID id) {
        return ServiceItemView.of(catalog.publish(id));
    }

    @GetMapping("/{id}")
    ServiceItemView get(@PathVariable UUID id) {
        return ServiceItemView.of(catalog.find(id));
    }

    @GetMapping
    PageResponse<ServiceItemView> list(@RequestParam(required = false) ItemStatus status,
                                       @RequestParam(required = false) Integer page,
                                       @RequestParam(required = false) Integer size) {
        return catalog.list(status, PageRequest.of(page, size)).map(ServiceItemView::of);
    }
}
