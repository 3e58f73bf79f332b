package org.onestop.portal.inquiry.domain;

/** Where a thread stands: the department owes a reply, has replied, or closed it. */
public enum InquiryStatus {
    AWAITING_REPLY, REPLIED, CLOSED
}
