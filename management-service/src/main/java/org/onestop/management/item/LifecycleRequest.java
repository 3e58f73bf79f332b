package org.onestop.management.item;

import java.time.Instant;

/**
 * The body of a lifecycle step (submit, approve, reject, publish, withdraw); all optional except
 * the comment of a withdrawal, which is its reason.
 *
 * @param expectedRevision the {@code revision} last read: the step is refused with 409 if the item changed since
 * @param effectiveFrom    when an approved version takes effect (approve only; now when absent)
 */
record LifecycleRequest(Long expectedRevision, Instant effectiveFrom, String comment) {

    static final LifecycleRequest NONE = new LifecycleRequest(null, null, null);
}
