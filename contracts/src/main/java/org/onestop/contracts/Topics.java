package org.onestop.contracts;

import java.util.List;

/** Topic names: {@code <service>.<aggregate>.v<major>}. */
public final class Topics {

    public static final String SERVICE_ITEM = "management.service-item.v1";
    public static final String DEPARTMENT = "management.department.v1";
    public static final String CONTENT = "management.content.v1";
    public static final String APPLICATION = "portal.application.v1";
    /** Searches and guide views of the public portal, for the indicators (no personal data). */
    public static final String BEHAVIOUR = "portal.behaviour.v1";
    public static final String BOOKING = "portal.booking.v1";
    public static final String NOTIFICATION = "portal.notification.v1";
    public static final String ACCOUNT = "portal.account.v1";
    /** Consultations and complaints (咨询, 投诉), routed to the department they are addressed to. */
    public static final String INQUIRY = "portal.inquiry.v1";
    /** Evaluations (好差评) and the rectification of bad reviews. */
    public static final String EVALUATION = "portal.evaluation.v1";
    public static final String CASE = "processing.case.v1";
    /** Working days per region and year (full snapshots), for services that count deadlines in working days. */
    public static final String CALENDAR = "processing.calendar.v1";
    public static final String CERTIFICATE = "data-sharing.certificate.v1";

    /** Every topic a platform service publishes, for consumers that follow all of them. */
    public static final List<String> ALL = List.of(SERVICE_ITEM, DEPARTMENT, CONTENT, APPLICATION, BOOKING,
            NOTIFICATION, ACCOUNT, CASE, CERTIFICATE, BEHAVIOUR, INQUIRY, EVALUATION, CALENDAR);

    /** Where a record goes after its retries are used up. */
    public static String deadLetterOf(String topic) {
        return topic + ".dlt";
    }

    private Topics() {
    }
}
