package org.onestop.management.item;

import jakarta.validation.Valid;
import java.net.URI;
import java.util.Arrays;
import java.util.List;
import org.onestop.management.item.BaseItemRepository.ClaimView;
import org.onestop.management.item.domain.BaseItem;
import org.onestop.management.item.domain.ItemType;
import org.onestop.management.item.domain.Topic;
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

/** Base items, claiming them, the claims map, and the topic list items are filed under. */
@RestController
@RequestMapping("/api/management/v1")
@PreAuthorize("hasAnyRole('ADMIN', 'EDITOR', 'REVIEWER')")
class BaseItemController {

    private final BaseItemCatalog baseItems;
    private final ServiceItemCatalog catalog;

    BaseItemController(BaseItemCatalog baseItems, ServiceItemCatalog catalog) {
        this.baseItems = baseItems;
        this.catalog = catalog;
    }

    @PostMapping("/base-items")
    @PreAuthorize("hasRole('ADMIN')")
    ResponseEntity<BaseItem> define(@Valid @RequestBody DefineBaseItem request) {
        BaseItem item = baseItems.define(request);
        return ResponseEntity.created(URI.create("/api/management/v1/base-items/" + item.code())).body(item);
    }

    @GetMapping("/base-items/{code}")
    BaseItem get(@PathVariable String code) {
        return baseItems.find(code);
    }

    @GetMapping("/base-items")
    PageResponse<BaseItem> list(@RequestParam(required = false) ItemType type,
                                @RequestParam(required = false) Integer page,
                                @RequestParam(required = false) Integer size) {
        return baseItems.page(type, PageRequest.of(page, size));
    }

    /** A county or township claims the base item: its implementation item starts as a draft. */
    @PostMapping("/base-items/{code}/claims")
    @PreAuthorize("hasAnyRole('ADMIN', 'EDITOR')")
    ResponseEntity<ServiceItemView> claim(@PathVariable String code, @Valid @RequestBody ClaimBaseItem request,
                                          @AuthenticationPrincipal Jwt jwt) {
        var item = ServiceItemView.of(catalog.claim(code, request, CurrentUser.of(jwt)));
        return ResponseEntity.created(URI.create("/api/management/v1/service-items/" + item.id())).body(item);
    }

    /** Which regions implement which base items; filter by either. */
    @GetMapping("/claims")
    PageResponse<ClaimView> claims(@RequestParam(required = false) String baseCode,
                                   @RequestParam(required = false) String regionCode,
                                   @RequestParam(required = false) Integer page,
                                   @RequestParam(required = false) Integer size) {
        return baseItems.claims(baseCode, regionCode, PageRequest.of(page, size));
    }

    @GetMapping("/topics")
    PageResponse<TopicView> topics(@RequestParam(required = false) Integer page,
                                   @RequestParam(required = false) Integer size) {
        PageRequest request = PageRequest.of(page, size);
        List<TopicView> all = Arrays.stream(Topic.values())
                .map(topic -> new TopicView(topic.name(), topic.label(), topic.serviceObject())).toList();
        List<TopicView> slice = all.stream().skip(request.offset()).limit(request.size()).toList();
        return PageResponse.of(slice, request, all.size());
    }

    record TopicView(String code, String label, String serviceObject) {
    }
}
