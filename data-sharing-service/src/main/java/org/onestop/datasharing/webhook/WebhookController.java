package org.onestop.datasharing.webhook;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.onestop.datasharing.webhook.domain.WebhookDelivery;
import org.onestop.datasharing.webhook.domain.WebhookSubscription;
import org.onestop.platform.security.CurrentUser;
import org.onestop.platform.web.PageRequest;
import org.onestop.platform.web.PageResponse;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** A department's webhooks: its own only (another department's is a 404). */
@RestController
@RequestMapping("/api/data-sharing/v1/webhooks")
@PreAuthorize("hasAnyRole('STAFF', 'DEPARTMENT_SYSTEM')")
class WebhookController {

    private final Webhooks webhooks;

    WebhookController(Webhooks webhooks) {
        this.webhooks = webhooks;
    }

    @PostMapping
    ResponseEntity<Subscribed> subscribe(@Valid @RequestBody Subscribe request, @AuthenticationPrincipal Jwt jwt) {
        WebhookSubscription subscription = webhooks.subscribe(CurrentUser.of(jwt), request.url(), request.resources());
        return ResponseEntity.created(URI.create("/api/data-sharing/v1/webhooks/" + subscription.id()))
                .body(new Subscribed(SubscriptionView.of(subscription), subscription.secret()));
    }

    @GetMapping
    List<SubscriptionView> mine(@AuthenticationPrincipal Jwt jwt) {
        return webhooks.ofDepartment(CurrentUser.of(jwt)).stream().map(SubscriptionView::of).toList();
    }

    @DeleteMapping("/{id}")
    ResponseEntity<Void> remove(@PathVariable UUID id, @AuthenticationPrincipal Jwt jwt) {
        webhooks.remove(CurrentUser.of(jwt), id);
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/{id}/deliveries")
    PageResponse<DeliveryView> deliveries(@PathVariable UUID id,
                                          @RequestParam(required = false)
                                          @Pattern(regexp = "PENDING|DELIVERED|DEAD",
                                                  message = "must be PENDING, DELIVERED or DEAD") String status,
                                          @RequestParam(required = false) Integer page,
                                          @RequestParam(required = false) Integer size,
                                          @AuthenticationPrincipal Jwt jwt) {
        return webhooks.deliveries(CurrentUser.of(jwt), id, status, PageRequest.of(page, size)).map(DeliveryView::of);
    }

    @PostMapping("/{id}/deliveries/{deliveryId}/redelivery")
    DeliveryView redeliver(@PathVariable UUID id, @PathVariable UUID deliveryId, @AuthenticationPrincipal Jwt jwt) {
        return DeliveryView.of(webhooks.redeliver(CurrentUser.of(jwt), id, deliveryId));
    }

    /** {@code url}: https (or an intranet host the operator allows); {@code resources}: codes the department may read. */
    record Subscribe(@NotBlank @Size(max = 500) String url,
                     @NotEmpty @Size(max = Webhooks.MAX_RESOURCES) List<@NotBlank @Size(max = 100) String> resources) {
    }

    /** The subscription and, this once, the secret that signs every call (keep it in the receiving system). */
    record Subscribed(SubscriptionView subscription, String secret) {
    }

    record SubscriptionView(String id, String department, String url, List<String> resources, String createdBy,
                            Instant createdAt) {

        static SubscriptionView of(WebhookSubscription s) {
            return new SubscriptionView(s.id().toString(), s.department(), s.url(), s.resources(), s.createdBy(),
                    s.createdAt());
        }
    }

    record DeliveryView(String id, String eventId, String eventType, String status, int attempts, Instant nextAttemptAt,
                        String lastResponse, Instant createdAt, Instant updatedAt) {

        static DeliveryView of(WebhookDelivery d) {
            return new DeliveryView(d.id().toString(), d.eventId(), d.eventType(), d.status().name(), d.attempts(),
                    d.status() == WebhookDelivery.Status.PENDING ? d.notBefore() : null, d.lastResponse(), d.createdAt(),
                    d.updatedAt());
        }
    }
}
