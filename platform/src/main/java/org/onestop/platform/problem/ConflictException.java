package org.onestop.platform.problem;

import java.util.Map;
import java.util.Set;

/**
 * The request clashes with the current state: 409, with whatever helps the caller go on. The
 * properties become members of the problem, so they may not reuse the names of its own members
 * (RFC 9457's {@code type}, {@code title}, {@code status}, {@code detail}, {@code instance}, and
 * the platform's {@code correlationId} and {@code errors}): an application's status goes as
 * {@code applicationStatus}, never as a second {@code status} beside the HTTP one.
 */
public class ConflictException extends RuntimeException {

    static final Set<String> PROBLEM_MEMBERS = Set.of("type", "title", "status", "detail", "instance", "correlationId",
            "errors");

    private final Map<String, Object> properties;

    public ConflictException(String message) {
        this(message, Map.of());
    }

    public ConflictException(String message, Map<String, Object> properties) {
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
