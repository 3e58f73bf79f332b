package org.onestop.platform.problem;

import java.util.List;
import org.onestop.platform.rules.RuleViolation;

/**
 * Input that breaks a rule the bean constraints cannot express, found outside the domain (a controller, a use case):
 * 400 with one entry per field. Domain classes throw {@link RuleViolation} itself.
 */
public class BadRequestException extends RuleViolation {

    public BadRequestException(String message, List<FieldProblem> errors) {
        super(message, errors);
    }

    public BadRequestException(String field, String message) {
        super(field, message);
    }
}
