package org.onestop.datasharing.resource;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.onestop.datasharing.resource.domain.DataResource;
import org.onestop.datasharing.resource.domain.GrantRight;
import org.onestop.datasharing.resource.domain.ResourceField;
import org.onestop.datasharing.resource.domain.SharingType;
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

/** The sharing catalog, and the records of each resource (publish for owners, pull for grantees). */
@RestController
@RequestMapping("/api/data-sharing/v1/resources")
@PreAuthorize("hasAnyRole('STAFF', 'DEPARTMENT_SYSTEM')")
class ResourceController {

    private final ResourceCatalog catalog;
    private final GrantDecisions grants;
    private final SharedDataExchange exchange;

    ResourceController(ResourceCatalog catalog, GrantDecisions grants, SharedDataExchange exchange) {
        this.catalog = catalog;
        this.grants = grants;
        this.exchange = exchange;
    }

    @PostMapping
    ResponseEntity<ResourceView> register(@Valid @RequestBody RegisterResource request, @AuthenticationPrincipal Jwt jwt) {
        DataResource resource = catalog.register(CurrentUser.of(jwt), request.code(), request.name(),
                request.description(), request.sharingType(), request.updateFrequency(), request.fields());
        return ResponseEntity.created(URI.create("/api/data-sharing/v1/resources/" + resource.code()))
                .body(ResourceView.of(resource));
    }

    @GetMapping
    PageResponse<ResourceView> search(@RequestParam(required = false) String q,
                                      @RequestParam(required = false) Integer page,
                                      @RequestParam(required = false) Integer size,
                                      @AuthenticationPrincipal Jwt jwt) {
        return catalog.search(CurrentUser.of(jwt), q, PageRequest.of(page, size)).map(ResourceView::of);
    }

    @GetMapping("/{code}")
    ResourceView get(@PathVariable String code, @AuthenticationPrincipal Jwt jwt) {
        return ResourceView.of(catalog.visible(code, CurrentUser.of(jwt)));
    }

    @PostMapping("/{code}/grants")
    ResponseEntity<GrantController.GrantView> requestGrant(@PathVariable String code,
                                                           @Valid @RequestBody RequestGrant request,
                                                           @AuthenticationPrincipal Jwt jwt) {
        var grant = grants.request(CurrentUser.of(jwt), code, request.purpose(), request.fields(), request.rights(),
                request.validFrom(), request.validUntil());
        return ResponseEntity.created(URI.create("/api/data-sharing/v1/grants/" + grant.id()))
                .body(GrantController.GrantView.of(grant));
    }

    @PostMapping("/{code}/records")
    ResponseEntity<Map<String, Long>> publish(@PathVariable String code, @Valid @RequestBody PublishRecord request,
                                              @AuthenticationPrincipal Jwt jwt) {
        long seq = exchange.publish(CurrentUser.of(jwt), code, request.key(), request.data());
        return ResponseEntity.status(201).body(Map.of("seq", seq));
    }

    @GetMapping("/{code}/records")
    SharedDataExchange.Batch read(@PathVariable String code,
                                  @RequestParam(defaultValue = "0") long after,
                                  @RequestParam(defaultValue = "100") int limit,
                                  @AuthenticationPrincipal Jwt jwt) {
        return exchange.read(CurrentUser.of(jwt), code, after, limit);
    }

    record RegisterResource(@NotBlank String code, @NotBlank @Size(max = 200) String name,
                            @NotNull @Size(max = 2000) String description, @NotNull SharingType sharingType,
                            @NotBlank String updateFrequency, @NotEmpty List<@Valid ResourceField> fields) {
    }

    /** {@code rights}: READ (the default), PUBLISH or both. */
    record RequestGrant(@NotBlank @Size(max = 500) String purpose, @NotEmpty List<String> fields, List<GrantRight> rights,
                        Instant validFrom, @NotNull Instant validUntil) {
    }

    record PublishRecord(@NotBlank @Size(max = 200) String key, @NotNull Map<String, Object> data) {
    }

    record ResourceView(String code, String name, String description, String ownerDepartment, String sharingType,
                        String updateFrequency, List<ResourceField> fields, Instant createdAt) {

        static ResourceView of(DataResource resource) {
            return new ResourceView(resource.code(), resource.name(), resource.description(),
                    resource.ownerDepartment(), resource.sharingType().name(), resource.updateFrequency(),
                    resource.fields(), resource.createdAt());
        }
    }
}
