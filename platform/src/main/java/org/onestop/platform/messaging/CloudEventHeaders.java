package org.onestop.platform.messaging;

/** Kafka header names: CloudEvents 1.0 binary mode plus the platform's own. */
public final class CloudEventHeaders {

    public static final String ID = "ce_id";
    public static final String SOURCE = "ce_source";
    public static final String TYPE = "ce_type";
    public static final String TIME = "ce_time";
    public static final String SUBJECT = "ce_subject";
    public static final String SPEC_VERSION = "ce_specversion";
    public static final String CONTENT_TYPE = "content-type";
    public static final String CORRELATION_ID = "correlation_id";
    public static final String CHANNEL = "channel";
    public static final String REGION = "region";
    public static final String DEPARTMENT = "department";

    private CloudEventHeaders() {
    }
}
