package org.onestop.platform.messaging;

import org.onestop.contracts.DomainEvent;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.cfg.DateTimeFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Event bodies as JSON: the record's components, ISO-8601 times, and unknown fields ignored on
 * reading so that producers can add optional fields within a major version.
 */
public final class EventJson {

    private static final JsonMapper MAPPER = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(DateTimeFeature.WRITE_DATES_AS_TIMESTAMPS)
            .build();

    public static String write(DomainEvent event) {
        return MAPPER.writeValueAsString(event);
    }

    public static <E extends DomainEvent> E read(String json, Class<E> type) {
        return MAPPER.readValue(json, type);
    }

    static JsonMapper mapper() {
        return MAPPER;
    }

    private EventJson() {
    }
}
