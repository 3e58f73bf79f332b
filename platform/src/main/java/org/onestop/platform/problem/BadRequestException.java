package org.onestop.platform.problem;

import java.util.List;

/** Input that breaks a rule the bean constraints cannot express: 400 with one entry per field. */
public class BadRequestException extends RuntimeException {

    private final List<FieldProblem> errors;

    public BadRequestException(String message, List<FieldProblem> errors) {
        super(message);
        this.errors = List.copyOf(errors);
    }

    public BadRequestException(String field, String message) {
        this("Invalid " + field, List.of(new FieldProblem(field, message)));
    }

    public List<FieldProblem> errors() {
        return errors;
    }

    public record FieldProblem(String field, String message) {
    }
}
