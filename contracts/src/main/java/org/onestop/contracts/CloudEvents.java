package org.onestop.contracts;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * CloudEvents 1.0 in Kafka binary mode: the event's attributes travel as headers, the body is the
 * event record as JSON. Region, department, channel and correlation id ride along as headers so
 * that consumers can route and count without reading the body.
 */
public final class CloudEvents {

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

    /** The headers of one event; attributes without a value are left out. */
    public static Map<String, String> headersFor(DomainEvent event, String eventId, String source, Instant time,
                                                 String correlationId) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put(ID, eventId);
        headers.put(SOURCE, source);
        headers.put(SPEC_VERSION, "1.0");
        headers.put(TYPE, event.eventType());
        headers.put(TIME, time.toString());
        headers.put(CONTENT_TYPE, "application/json");
        putIfPresent(headers, SUBJECT, event.subject());
        putIfPresent(headers, CORRELATION_ID, correlationId);
        putIfPresent(headers, CHANNEL, event.channel());
        putIfPresent(headers, REGION, event.regionCode());
        putIfPresent(headers, DEPARTMENT, event.departmentCode());
        return headers;
    }

    private static void putIfPresent(Map<String, String> headers, String name, String value) {
        if (value != null && !value.isBlank()) {
            headers.put(name, value);
        }
    }

    private CloudEvents() {
    }
}
