package org.onestop.platform.web;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Valid;
import jakarta.validation.Validator;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.onestop.platform.problem.BadRequestException;
import org.onestop.platform.rules.RuleViolation.FieldProblem;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.RequestBodyAdviceAdapter;

/**
 * Holds every {@code @RequestBody} of every service to {@link BodyBounds} right after it was read,
 * before it reaches a controller: one 400 entry per value over its bound. A body with values over
 * their bounds is refused before Spring validates it, so its other constraints (for a parameter
 * marked {@code @Valid}) are checked here too: the caller learns every problem at once.
 */
@ControllerAdvice
class BoundedBodies extends RequestBodyAdviceAdapter {

    private final BodyBounds bounds;
    private final ObjectProvider<Validator> validator;

    BoundedBodies(BodyBoundsProperties properties, ObjectProvider<Validator> validator) {
        this.bounds = new BodyBounds(properties);
        this.validator = validator;
    }

    @Override
    public boolean supports(MethodParameter parameter, Type targetType,
                            Class<? extends HttpMessageConverter<?>> converterType) {
        return true;
    }

    @Override
    public Object afterBodyRead(Object body, HttpInputMessage inputMessage, MethodParameter parameter, Type targetType,
                                Class<? extends HttpMessageConverter<?>> converterType) {
        List<FieldProblem> problems = bounds.problems(body);
        if (!problems.isEmpty()) {
            List<FieldProblem> all = new ArrayList<>(problems);
            Validator checks = validator.getIfAvailable();
            if (checks != null && validated(parameter)) {
                Set<String> named = new HashSet<>();
                problems.forEach(problem -> named.add(problem.field()));
                for (ConstraintViolation<Object> violation : checks.validate(body)) {
                    String field = violation.getPropertyPath().toString();
                    if (named.add(field)) {
                        all.add(new FieldProblem(field, violation.getMessage()));
                    }
                }
            }
            throw new BadRequestException("The request has invalid fields", all);
        }
        return body;
    }

    private static boolean validated(MethodParameter parameter) {
        return parameter.hasParameterAnnotation(Valid.class) || parameter.hasParameterAnnotation(Validated.class);
    }
}
