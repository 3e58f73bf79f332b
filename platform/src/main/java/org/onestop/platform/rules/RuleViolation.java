package org.onestop.platform.rules;

import java.util.List;

/**
 * A domain rule the input breaks, with one entry per field it concerns. Domain classes throw it (they know no HTTP);
 * the web layer answers it as a 400 problem of type {@code urn:onestop:problem:invalid-request}.
 */
public class RuleViolation extends RuntimeException {

    private final List<FieldProblem> errors;

    public RuleViolation(String message, List<FieldProblem> errors) {
        super(message);
        this.errors = List.copyOf(errors);
    }

    public RuleViolation(String field, String message) {
        this("Invalid " + field, List.of(new FieldProblem(field, message)));
    }

    public List<FieldProblem> errors() {
        return errors;
    }

    /** What is wrong with one field (a JSON path such as {@code guide.materials[2].name}), in words. */
    public record FieldProblem(String field, String message) {
    }
}
