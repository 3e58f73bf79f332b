package org.onestop.platform.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.onestop.platform.rules.RuleViolation.FieldProblem;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.exc.MismatchedInputException;

/**
 * Which field of a request body could not be read, and what it should have held, so that a
 * caller who sent {@code "validUntil": "2027-12-31"} learns it is that field and that a
 * date-time is expected, instead of only that the body is malformed.
 */
final class UnreadableBody {

    private UnreadableBody() {
    }

    /** The field problem behind a body Jackson could not bind, if the failure names a field. */
    static Optional<FieldProblem> fieldOf(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof JacksonException jackson && !jackson.getPath().isEmpty()) {
                Class<?> expected = cause instanceof MismatchedInputException mismatch ? mismatch.getTargetType() : null;
                return Optional.of(new FieldProblem(path(jackson.getPath()), expectation(expected)));
            }
        }
        return Optional.empty();
    }

    private static String path(List<JacksonException.Reference> references) {
        StringBuilder path = new StringBuilder();
        for (JacksonException.Reference reference : references) {
            if (reference.getPropertyName() != null) {
                path.append(path.length() == 0 ? "" : ".").append(reference.getPropertyName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    /** What a value of this type looks like, in words: never a Java type name. */
    static String expectation(Class<?> type) {
        if (type == null) {
            return "has an invalid value";
        }
        if (type == Instant.class || type == OffsetDateTime.class) {
            return "expected a date-time with offset, such as 2027-12-31T00:00:00Z";
        }
        if (type == LocalDate.class) {
            return "expected a date, such as 2027-12-31";
        }
        if (type == UUID.class) {
            return "expected a UUID";
        }
        if (type.isEnum()) {
            return Arrays.stream(type.getEnumConstants()).map(String::valueOf)
                    .collect(Collectors.joining(", ", "expected one of ", ""));
        }
        if (Number.class.isAssignableFrom(type) || (type.isPrimitive() && type != boolean.class)) {
            return "expected a number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "expected true or false";
        }
        if (type == String.class) {
            return "expected a string";
        }
        if (List.class.isAssignableFrom(type) || type.isArray()) {
            return "expected an array";
        }
        return "has an invalid value";
    }
}
