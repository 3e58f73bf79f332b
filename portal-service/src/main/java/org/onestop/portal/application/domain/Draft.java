package org.onestop.portal.application.domain;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.onestop.platform.rules.StateConflict;

/**
 * An application being prepared: form data kept as typed, materials attached; submitted under the same id.
 *
 * @param revision optimistic-locking counter, increased by every saved change of the form data or the materials
 */
public record Draft(UUID id, String applicantId, String applicantName, String applicantType, String itemCode,
                    Map<String, Object> formData, String channel, Instant createdAt, Instant updatedAt, long revision) {

    /** Refuses to act on a draft that changed since the caller read it; no expectation ({@code null}) accepts any. */
    public void expectRevision(Long expected) {
        if (expected != null && expected != revision) {
            throw new StateConflict("Draft " + id + " was changed since you read it (revision " + expected
                    + "); read it again and retry", Map.of("currentRevision", revision));
        }
    }

    /** The draft with new form data, as saved at {@code now} under the next revision. */
    public Draft withFormData(Map<String, Object> newFormData, Instant now) {
        return new Draft(id, applicantId, applicantName, applicantType, itemCode, newFormData, channel, createdAt, now,
                revision + 1);
    }
}
