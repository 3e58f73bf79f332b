package org.onestop.web.api;

import java.util.Map;

/**
 * An API's answer of 4xx as problem+json: its status, its detail, the correlation id to quote and
 * one message per field, so a page can show each next to its input.
 */
public class ApiProblem extends RuntimeException {

    private final int status;
    private final String correlationId;
    private final Map<String, String> fieldErrors;
    private final Map<String, Object> properties;

    public ApiProblem(int status, String detail, String correlationId, Map<String, String> fieldErrors,
                      Map<String, Object> properties) {
        super(detail);
        this.status = status;
        this.correlationId = correlationId;
        this.fieldErrors = Map.copyOf(fieldErrors);
        this.properties = Map.copyOf(properties);
    }

    public int status() {
        return status;
    }

    public String correlationId() {
        return correlationId;
    }

    public Map<String, String> fieldErrors() {
        return fieldErrors;
    }

    /** A member of the problem besides the standard ones, such as {@code maxDrafts}. */
    public Object property(String name) {
        return properties.get(name);
    }
}
