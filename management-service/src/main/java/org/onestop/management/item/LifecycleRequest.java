package org.onestop.management.item;

import java.time.Instant;
import org.onestop.platform.web.EntityTags;

/**
 * The body of a lifecycle step (submit, approve, reject, publish, withdraw); all optional except
 * the comment of a withdrawal, which is its reason.
 *
 * @param expectedRevision the {@code revision} last read: the step is refused with 409 if the item changed since
 * @param effectiveFrom    when an approved version takes effect (approve only; now when absent)
 */
record LifecycleRequest(Long expectedRevision, Instant effectiveFrom, String comment) {

    static final LifecycleRequest NONE = new LifecycleRequest(null, null, null);

    /** The same (or none) with the revision If-Match names (the body's field is deprecated; both must agree). */
    static LifecycleRequest over(LifecycleRequest given, String ifMatch) {
        LifecycleRequest request = given == null ? NONE : given;
        return new LifecycleRequest(EntityTags.expected(ifMatch, request.expectedRevision()), request.effectiveFrom(),
                request.comment());
    }
}
