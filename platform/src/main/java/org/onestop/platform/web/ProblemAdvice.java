package org.onestop.platform.web;

import org.onestop.platform.problem.NotFoundException;
import org.onestop.platform.rules.NotPermitted;
import org.onestop.platform.rules.RuleViolation;
import org.onestop.platform.rules.RuleViolation.FieldProblem;
import org.onestop.platform.rules.StateConflict;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.web.ErrorResponse;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.core.exc.StreamConstraintsException;

/**
 * Every error a service answers is RFC 9457 problem+json with the correlation id; field errors
 * come as {@code errors: [{field, message}]}; nothing unexpected leaks a stack trace.
 */
@RestControllerAdvice
class ProblemAdvice extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemAdvice.class);

    @ExceptionHandler(NotFoundException.class)
    ResponseEntity<Object> notFound(NotFoundException e, WebRequest request) {
        return problem(e, HttpStatus.NOT_FOUND, ProblemTypes.NOT_FOUND, "Not found", e.getMessage(), request, Map.of());
    }

    /** A domain's state conflict (and ConflictException, the same found outside a domain). */
    @ExceptionHandler(StateConflict.class)
    ResponseEntity<Object> conflict(StateConflict e, WebRequest request) {
        return problem(e, HttpStatus.CONFLICT, ProblemTypes.STATE_CONFLICT, "Conflict", e.getMessage(), request,
                e.properties());
    }

    /** A domain's rule violation (and BadRequestException, the same found outside a domain). */
    @ExceptionHandler(RuleViolation.class)
    ResponseEntity<Object> badRequest(RuleViolation e, WebRequest request) {
        return problem(e, HttpStatus.BAD_REQUEST, ProblemTypes.INVALID_REQUEST, "Invalid request", e.getMessage(), request,
                Map.of("errors", e.errors()));
    }

    @ExceptionHandler(OptimisticLockingFailureException.class)
    ResponseEntity<Object> staleVersion(OptimisticLockingFailureException e, WebRequest request) {
        return problem(e, HttpStatus.CONFLICT, ProblemTypes.CHANGED_BY_SOMEONE_ELSE, "Changed by someone else",
                "The resource was changed since you read it; read it again and retry", request, Map.of());
    }

    @ExceptionHandler(DataIntegrityViolationException.class)
    ResponseEntity<Object> integrity(DataIntegrityViolationException e, WebRequest request) {
        log.info("Refused by a database constraint: {}", e.getMostSpecificCause().getMessage());
        return problem(e, HttpStatus.CONFLICT, ProblemTypes.DATA_CONFLICT, "Conflict",
                "The request conflicts with existing data", request, Map.of());
    }

    @ExceptionHandler({AccessDeniedException.class, AuthorizationDeniedException.class})
    ResponseEntity<Object> forbidden(RuntimeException e, WebRequest request) {
        return problem(e, HttpStatus.FORBIDDEN, ProblemTypes.FORBIDDEN, "Forbidden", "You are not allowed to do this",
                request, Map.of());
    }

    @ExceptionHandler(NotPermitted.class)
    ResponseEntity<Object> forbiddenByRule(NotPermitted e, WebRequest request) {
        return problem(e, HttpStatus.FORBIDDEN, ProblemTypes.FORBIDDEN, "Forbidden", e.getMessage(), request, Map.of());
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<Object> typeMismatch(MethodArgumentTypeMismatchException e, WebRequest request) {
        String expected = UnreadableBody.expectation(e.getRequiredType());
        return problem(e, HttpStatus.BAD_REQUEST, ProblemTypes.INVALID_REQUEST, "Invalid request",
                "Invalid value for " + e.getName() + ": " + expected, request,
                Map.of("errors", List.of(new FieldProblem(e.getName(), expected))));
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<Object> unexpected(Exception e, WebRequest request) {
        log.error("Unexpected error", e);
        return problem(e, HttpStatus.INTERNAL_SERVER_ERROR, ProblemTypes.INTERNAL_ERROR, "Internal error",
                "Something went wrong on our side; quote the correlation id when you report it", request, Map.of());
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException e, HttpHeaders headers,
                                                                  HttpStatusCode status, WebRequest request) {
        List<FieldProblem> errors = e.getBindingResult().getFieldErrors().stream()
                .map(error -> new FieldProblem(error.getField(), messageOf(error, e)))
                .toList();
        return problem(e, HttpStatus.BAD_REQUEST, ProblemTypes.INVALID_REQUEST, "Invalid request",
                "The request has invalid fields", request,
                Map.of("errors", errors));
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException e,
                                                                            HttpHeaders headers, HttpStatusCode status,
                                                                            WebRequest request) {
        List<FieldProblem> errors = e.getParameterValidationResults().stream()
                .flatMap(result -> result.getResolvableErrors().stream()
                        .map(error -> new FieldProblem(
                                result.getMethodParameter().getParameterName(), error.getDefaultMessage())))
                .toList();
        return problem(e, HttpStatus.BAD_REQUEST, ProblemTypes.INVALID_REQUEST, "Invalid request",
                "The request has invalid parameters", request,
                Map.of("errors", errors));
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e, HttpHeaders headers,
                                                                  HttpStatusCode status, WebRequest request) {
        Optional<BodyTooLargeException> tooLarge = causeOf(e, BodyTooLargeException.class);
        if (tooLarge.isPresent()) {
            return problem(e, HttpStatus.CONTENT_TOO_LARGE, ProblemTypes.BODY_TOO_LARGE, "Request body too large",
                    BodySizeLimitFilter.tooLarge(tooLarge.get().limit()), request, Map.of());
        }
        if (causeOf(e, StreamConstraintsException.class).isPresent()) {
            // Jackson's own limits, far above the platform's bounds (BodyBounds): nothing names a Jackson type
            return problem(e, HttpStatus.BAD_REQUEST, ProblemTypes.BODY_OUT_OF_BOUNDS, "Request body over its bounds",
                    "The request body nests too deeply, or a name, number or text in it is too long", request, Map.of());
        }
        return UnreadableBody.fieldOf(e)
                .map(field -> problem(e, HttpStatus.BAD_REQUEST, ProblemTypes.MALFORMED_BODY, "Malformed request body",
                        "The request body is not valid JSON of the expected shape: " + field.field() + " " + field.message(),
                        request, Map.<String, Object>of("errors", List.of(field))))
                .orElseGet(() -> problem(e, HttpStatus.BAD_REQUEST, ProblemTypes.MALFORMED_BODY, "Malformed request body",
                        "The request body is not valid JSON of the expected shape", request, Map.of()));
    }

    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception e, Object body, HttpHeaders headers,
                                                             HttpStatusCode status, WebRequest request) {
        if (body == null && e instanceof ErrorResponse response) {
            // Spring's own exceptions and ErrorResponseException come without a body: take theirs now,
            // so that it carries the correlation id like every other problem.
            body = response.updateAndGetBody(getMessageSource(), LocaleContextHolder.getLocale());
        }
        if (body instanceof ProblemDetail detail) {
            detail.setProperty("correlationId", RequestContext.correlationId());
            if (detail.getType() == null || "about:blank".equals(detail.getType().toString())) {
                detail.setType(ProblemTypes.forStatus(status));
            }
        }
        return super.handleExceptionInternal(e, body, headers, status, request);
    }

    /**
     * A constraint's own message, or for a value that could not be converted (an unknown enum constant in a query
     * parameter, text for a number) what the field expects, in words: Spring's conversion message names Java types.
     */
    private static String messageOf(FieldError error, MethodArgumentNotValidException e) {
        if (!error.isBindingFailure()) {
            return error.getDefaultMessage();
        }
        Class<?> type = e.getBindingResult().getFieldType(error.getField());
        if (type == null && e.getParameter().getParameterType().isRecord()) {
            type = java.util.Arrays.stream(e.getParameter().getParameterType().getRecordComponents())
                    .filter(component -> component.getName().equals(error.getField()))
                    .map(java.lang.reflect.RecordComponent::getType).findFirst().orElse(null);
        }
        return UnreadableBody.expectation(type);
    }

    private static <T extends Throwable> Optional<T> causeOf(Throwable failure, Class<T> type) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (type.isInstance(cause)) {
                return Optional.of(type.cast(cause));
            }
        }
        return Optional.empty();
    }

    private ResponseEntity<Object> problem(Exception e, HttpStatus status, java.net.URI type, String title, String detail,
                                           WebRequest request, Map<String, Object> properties) {
        ProblemDetail body = ProblemDetail.forStatusAndDetail(status, detail);
        body.setType(type);
        body.setTitle(title);
        properties.forEach(body::setProperty);
        return handleExceptionInternal(e, body, new HttpHeaders(), status, request);
    }
}
