package org.onestop.portal.notification.domain;

/** What a notification is about. */
public enum NotificationKind {
    /** An application of the person moved on (received, accepted, concluded, ...). */
    STATUS_CHANGED,
    /** The department asks for a correction (补正), naming everything missing. */
    CORRECTION_REQUESTED,
    BOOKING_MADE,
    BOOKING_CANCELLED,
    /** The day before a booked slot. */
    BOOKING_REMINDER,
    /** A department replied to the person's consultation or complaint. */
    REPLY,
    /** The department recorded what it did about the person's bad review (差评), or answered their appeal. */
    EVALUATION_FOLLOW_UP,
    /** An e-certificate was issued to the person (data sharing), usable at once instead of paper. */
    CERTIFICATE_ISSUED,
    /** One of the person's e-certificates was revoked. */
    CERTIFICATE_REVOKED,
    /** For the department's clerks: a case arrived in the queue, to accept or refuse. */
    NEW_CASE,
    /** For the department's staff on the case: it has used most of its legal time (early warning, 预警). */
    EARLY_WARNING,
    /** For the department's staff and supervisors: a case ran past its legal time limit. */
    OVERDUE,
    /** For the department's clerks and supervisors: a bad review (差评) to verify and rectify. */
    BAD_REVIEW;

    /** A notice the law makes urgent (a correction request pauses the legal clock): sent whatever the quiet hours. */
    public boolean legalNotice() {
        return this == CORRECTION_REQUESTED;
    }
}
