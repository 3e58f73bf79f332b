package org.onestop.platform.messaging;

import org.onestop.contracts.DomainEvent;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.cfg.DateTimeFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Event bodies as JSON: the record's components, ISO-8601 times. Reading is lenient both ways so
 * that events evolve within a major version: unknown fields are ignored (a newer producer), and
 * missing ones take their default (an older producer, before an optional field was added).
 */
public final class EventJson {

    private static final JsonMapper MAPPER = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
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
