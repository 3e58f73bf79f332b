package org.onestop.datasharing.webhook.domain;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A department's endpoint and the resources whose published records it is sent; the secret signs every call. */
public record WebhookSubscription(
        UUID id,
        String department,
        String url,
        String secret,
        List<String> resources,
        boolean active,
        String createdBy,
        Instant createdAt) {

    public WebhookSubscription {
        resources = List.copyOf(resources);
    }

    public boolean covers(String resourceCode) {
        return active && resources.contains(resourceCode);
    }
}
