package org.onestop.portal.application.domain;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/** An application being prepared: form data kept as typed, materials attached; submitted under the same id. */
public record Draft(UUID id, String applicantId, String applicantName, String applicantType, String itemCode,
                    Map<String, Object> formData, String channel, Instant createdAt, Instant updatedAt) {
}
