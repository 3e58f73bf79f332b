package org.onestop.contracts.portal;

import org.onestop.contracts.DomainEvent;

/**
 * Events of a consultation or complaint thread (咨询, 投诉) on {@code portal.inquiry.v1}, routed to
 * the department it is addressed to. Keyed and looked up by the thread's id; the asker appears by
 * account id only.
 */
public sealed interface InquiryEvent extends DomainEvent
        permits InquiryOpened, InquiryFollowedUp, InquiryReplied, InquiryClosed {

    String inquiryId();

    @Override
    default String aggregateId() {
        return inquiryId();
    }

    @Override
    default String subject() {
        return inquiryId();
    }
}
