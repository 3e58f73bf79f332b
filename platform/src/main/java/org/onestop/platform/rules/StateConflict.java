package org.onestop.platform.rules;

import java.util.Map;
import java.util.Set;

/**
 * The step clashes with the state things are in (a case that may not be accepted now, a limit reached), with
 * whatever helps the caller go on ({@code allowedActions}, {@code applicationStatus}, ...). Domain classes throw it;
 * the web layer answers it as a 409 problem of type {@code urn:onestop:problem:state-conflict}, the properties its
 * members, so they may not reuse the names of a problem's own members (RFC 9457's {@code type}, {@code title},
 * {@code status}, {@code detail}, {@code instance}, and the platform's {@code correlationId} and {@code errors}).
 */
public class StateConflict extends RuntimeException {

    public static final Set<String> PROBLEM_MEMBERS = Set.of("type", "title", "status", "detail", "instance", "correlationId",
            "errors");

    private final Map<String, Object> properties;

    public StateConflict(String message) {
        this(message, Map.of());
    }

    public StateConflict(String message, Map<String, Object> properties) {
        super(message);
        for (String name : properties.keySet()) {
            if (PROBLEM_MEMBERS.contains(name)) {
                throw new IllegalArgumentException("'" + name + "' is a member of every problem; name the property otherwise");
            }
        }
        this.properties = Map.copyOf(properties);
    }

    public Map<String, Object> properties() {
        return properties;
    }
}
