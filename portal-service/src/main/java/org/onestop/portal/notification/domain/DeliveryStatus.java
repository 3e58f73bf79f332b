package org.onestop.portal.notification.domain;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where one message on one channel stands. The table of moves: a queued or temporarily failed message is sent or
 * fails (temporarily, with a retry later, or for good); a sent one is delivered or bounces (the channel's receipt);
 * delivered and permanently failed are the ends.
 */
public enum DeliveryStatus {
    QUEUED,
    SENT,
    DELIVERED,
    TEMPORARY_FAILURE,
    PERMANENT_FAILURE;

    /** The statuses this one may move to. */
    public Set<DeliveryStatus> next() {
        return switch (this) {
            case QUEUED, TEMPORARY_FAILURE -> EnumSet.of(SENT, TEMPORARY_FAILURE, PERMANENT_FAILURE);
            case SENT -> EnumSet.of(DELIVERED, PERMANENT_FAILURE);
            case DELIVERED, PERMANENT_FAILURE -> EnumSet.noneOf(DeliveryStatus.class);
        };
    }

    /** Still to be sent (by the dispatcher, once due). */
    public boolean pending() {
        return this == QUEUED || this == TEMPORARY_FAILURE;
    }
}
