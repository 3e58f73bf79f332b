package org.onestop.portal.inquiry;

import org.onestop.portal.inquiry.domain.ReplyDeadlines;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param consultationReplyDays working days (the region's calendar) after the day of a consultation's question by which
 *                              the department replies
 * @param complaintReplyDays    the same for a complaint
 */
@ConfigurationProperties("onestop.inquiry")
record InquiryProperties(int consultationReplyDays, int complaintReplyDays) {

    ReplyDeadlines deadlines() {
        return new ReplyDeadlines(consultationReplyDays, complaintReplyDays);
    }
}
