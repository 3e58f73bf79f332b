package org.onestop.platform.web;

import org.onestop.platform.problem.BadRequestException;
import org.onestop.platform.problem.ConflictException;
import org.onestop.platform.problem.ForbiddenException;
import org.onestop.platform.problem.NotFoundException;

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
        return problem(e, HttpStatus.NOT_FOUND, "Not found", e.getMessage(), request, Map.of());
    }

    @ExceptionHandler(ConflictException.class)
    ResponseEntity<Object> conflict(ConflictException e, WebRequest request) {
        return problem(e, HttpStatus.CONFLICT, "Conflict", e.getMessage(), request, e.properties());
    }

    @ExceptionHandler(BadRequestException.class)
    ResponseEntity<Object> badRequest(BadRequestException e, WebRequest request) {
        return problem(e, HttpStatus.BAD_REQUEST, "Invalid request", e.getMessage(), request, Map.of("errors", e.errors()));
    }

    @ExceptionHandler(OptimisticLockingFailureException.class)
    ResponseEntity<Object> staleVersion(OptimisticLockingFailureException e, WebRequest request) {
        return problem(e, HttpStatus.CONFLICT, "Changed by someone else",
                "The resource was changed since you read it; read it again and retry", request, Map.of());
    }

    @ExceptionHandler(DataIntegrityViolationException.class)
    ResponseEntity<Object> integrity(DataIntegrityViolationException e, WebRequest request) {
        log.info("Refused by a database constraint: {}", e.getMostSpecificCause().getMessage());
        return problem(e, HttpStatus.CONFLICT, "Conflict", "The request conflicts with existing data", request, Map.of());
    }

    @ExceptionHandler({AccessDeniedException.class, AuthorizationDeniedException.class})
    ResponseEntity<Object> forbidden(RuntimeException e, WebRequest request) {
        return problem(e, HttpStatus.FORBIDDEN, "Forbidden", "You are not allowed to do this", request, Map.of());
    }

    @ExceptionHandler(ForbiddenException.class)
    ResponseEntity<Object> forbiddenByRule(ForbiddenException e, WebRequest request) {
        return problem(e, HttpStatus.FORBIDDEN, "Forbidden", e.getMessage(), request, Map.of());
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<Object> typeMismatch(MethodArgumentTypeMismatchException e, WebRequest request) {
        String expected = UnreadableBody.expectation(e.getRequiredType());
        return problem(e, HttpStatus.BAD_REQUEST, "Invalid request", "Invalid value for " + e.getName() + ": " + expected,
                request, Map.of("errors", List.of(new BadRequestException.FieldProblem(e.getName(), expected))));
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<Object> unexpected(Exception e, WebRequest request) {
        log.error("Unexpected error", e);
        return problem(e, HttpStatus.INTERNAL_SERVER_ERROR, "Internal error",
                "Something went wrong on our side; quote the correlation id when you report it", request, Map.of());
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException e, HttpHeaders headers,
                                                                  HttpStatusCode status, WebRequest request) {
        List<BadRequestException.FieldProblem> errors = e.getBindingResult().getFieldErrors().stream()
                .map(error -> new BadRequestException.FieldProblem(error.getField(), messageOf(error, e)))
                .toList();
        return problem(e, HttpStatus.BAD_REQUEST, "Invalid request", "The request has invalid fields", request,
                Map.of("errors", errors));
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException e,
                                                                            HttpHeaders headers, HttpStatusCode status,
                                                                            WebRequest request) {
        List<BadRequestException.FieldProblem> errors = e.getParameterValidationResults().stream()
                .flatMap(result -> result.getResolvableErrors().stream()
                        .map(error -> new BadRequestException.FieldProblem(
                                result.getMethodParameter().getParameterName(), error.getDefaultMessage())))
                .toList();
        return problem(e, HttpStatus.BAD_REQUEST, "Invalid request", "The request has invalid parameters", request,
                Map.of("errors", errors));
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e, HttpHeaders headers,
                                                                  HttpStatusCode status, WebRequest request) {
        Optional<BodyTooLargeException> tooLarge = causeOf(e, BodyTooLargeException.class);
        if (tooLarge.isPresent()) {
            return problem(e, HttpStatus.CONTENT_TOO_LARGE, "Request body too large",
                    BodySizeLimitFilter.tooLarge(tooLarge.get().limit()), request, Map.of());
        }
        if (causeOf(e, StreamConstraintsException.class).isPresent()) {
            // Jackson's own limits, far above the platform's bounds (BodyBounds): nothing names a Jackson type
            return problem(e, HttpStatus.BAD_REQUEST, "Request body over its bounds",
                    "The request body nests too deeply, or a name, number or text in it is too long", request, Map.of());
        }
        return UnreadableBody.fieldOf(e)
                .map(field -> problem(e, HttpStatus.BAD_REQUEST, "Malformed request body",
                        "The request body is not valid JSON of the expected shape: " + field.field() + " " + field.message(),
                        request, Map.<String, Object>of("errors", List.of(field))))
                .orElseGet(() -> problem(e, HttpStatus.BAD_REQUEST, "Malformed request body",
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

    private ResponseEntity<Object> problem(Exception e, HttpStatus status, String title, String detail, WebRequest request,
                                           Map<String, Object> properties) {
        ProblemDetail body = ProblemDetail.forStatusAndDetail(status, detail);
        body.setTitle(title);
        properties.forEach(body::setProperty);
        return handleExceptionInternal(e, body, new HttpHeaders(), status, request);
    }
}
