package org.onestop.portal.inquiry.domain;

/** What a thread is: a question (咨询) or a complaint (投诉). */
public enum InquiryKind {
    CONSULTATION, COMPLAINT
}
