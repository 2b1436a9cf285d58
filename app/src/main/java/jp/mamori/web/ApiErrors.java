package jp.mamori.web;

import java.util.List;
import java.util.Map;
import jp.mamori.shared.InvalidInputException;
import jp.mamori.shared.NotAllowedException;
import jp.mamori.shared.NotFoundException;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Errors of the REST API as RFC 9457 problem JSON, mapped once: {@link InvalidInputException} and
 * bean validation → 400 with every field problem in {@code errors}, {@link NotFoundException} or an
 * unparsable id → 404, {@link NotAllowedException} and denied method security → 403, anything
 * else → 500 without internals.
 */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiErrors extends ResponseEntityExceptionHandler {
    private static final Logger log = LoggerFactory.getLogger(ApiErrors.class);

    private final ErrorResponses errors;
    private final BodyCapture bodies;

    ApiErrors(ErrorResponses errors, BodyCapture bodies) {
        this.errors = errors;
        this.bodies = bodies;
    }

    @ExceptionHandler(NotFoundException.class)
    ResponseEntity<Object> notFound() {
        return answer(errors.problem(HttpStatus.NOT_FOUND, null));
    }

    @ExceptionHandler(NotAllowedException.class)
    ResponseEntity<Object> notAllowed(NotAllowedException e) {
        return answer(errors.problem(HttpStatus.FORBIDDEN, e.messageKey()));
    }

    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<Object> accessDenied() {
        return answer(errors.problem(HttpStatus.FORBIDDEN, null));
    }

    @ExceptionHandler(jp.mamori.shared.BusyException.class)
    ResponseEntity<Object> busy(jp.mamori.shared.BusyException e) {
        ProblemDetail problem = errors.problem(HttpStatus.TOO_MANY_REQUESTS, e.messageKey());
        return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
                .header(HttpHeaders.RETRY_AFTER, "30")
                .contentType(ErrorResponses.PROBLEM_JSON)
                .body(ErrorResponses.asMap(problem));
    }

    @ExceptionHandler(InvalidInputException.class)
    ResponseEntity<Object> invalid(InvalidInputException e) {
        return answer(errors.invalid(e.problems()));
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<Object> unexpected(Exception e) {
        log.error("Unexpected error in the API", e);
        return answer(errors.problem(HttpStatus.INTERNAL_SERVER_ERROR, null));
    }

    @Override
    protected @Nullable ResponseEntity<Object> handleMethodArgumentNotValid(
            MethodArgumentNotValidException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        ProblemDetail problem = errors.problem(HttpStatus.BAD_REQUEST, "error.invalidInput");
        List<Map<String, String>> fields = ex.getBindingResult().getAllErrors().stream()
                .map(error -> Map.of(
                        "field",
                        error instanceof FieldError fe ? fe.getField() : error.getObjectName(),
                        "message",
                        getMessageSource() != null
                                ? getMessageSource()
                                        .getMessage(
                                                error, org.springframework.context.i18n.LocaleContextHolder.getLocale())
                                : String.valueOf(error.getDefaultMessage())))
                .toList();
        problem.setProperty("errors", fields);
        return answer(problem);
    }

    /**
     * A body that could not be read: not JSON, a missing value, a wrong type, an unknown choice —
     * each named by its field path with a message in the request's language (never the framework's
     * English 「Failed to read request」). Jackson names the first bad field; the body is then read
     * again field by field ({@link BodyFields}) so that every bad field is named at once.
     */
    @Override
    protected @Nullable ResponseEntity<Object> handleHttpMessageNotReadable(
            HttpMessageNotReadableException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return answer(errors.invalid(BodyFields.merged(bodies.problems(), BodyProblems.of(ex))));
    }

    /** A 400 problem naming the field and the character that {@code TextInput} refused. */
    private ProblemDetail refusedField(String field, jp.mamori.shared.TextInput.RefusedException refused) {
        ProblemDetail problem = errors.problem(HttpStatus.BAD_REQUEST, "error.invalidInput");
        problem.setProperty(
                "errors",
                List.of(Map.of(
                        "field",
                        field,
                        "message",
                        errors.text("text.refused." + refused.problem().name(), refused.codePointText()))));
        return problem;
    }

    @Override
    protected @Nullable ResponseEntity<Object> handleTypeMismatch(
            TypeMismatchException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        jp.mamori.shared.TextInput.RefusedException refused = TextInputBinding.refusal(ex);
        if (refused != null) {
            return answer(refusedField(String.valueOf(ex.getPropertyName()), refused));
        }
        if (ex instanceof MethodArgumentTypeMismatchException mismatch
                && mismatch.getParameter().hasParameterAnnotation(PathVariable.class)) {
            return answer(errors.problem(HttpStatus.NOT_FOUND, null));
        }
        return answer(errors.problem(HttpStatus.BAD_REQUEST, "error.badParameter", ex.getPropertyName()));
    }

    @Override
    protected ResponseEntity<Object> createResponseEntity(
            @Nullable Object body, HttpHeaders headers, HttpStatusCode statusCode, WebRequest request) {
        if (body instanceof ProblemDetail problem) {
            // the framework's own problems (405, 415, unreadable body …) in the reader's language
            // the framework's own detail text is English and names its internals: not shown
            ProblemDetail localised = errors.problem(statusCode, null);
            return ResponseEntity.status(statusCode)
                    .headers(headers)
                    .contentType(ErrorResponses.PROBLEM_JSON)
                    .body(ErrorResponses.asMap(localised));
        }
        return super.createResponseEntity(body, headers, statusCode, request);
    }

    private static ResponseEntity<Object> answer(ProblemDetail problem) {
        return ResponseEntity.status(problem.getStatus())
                .contentType(ErrorResponses.PROBLEM_JSON)
                .body(ErrorResponses.asMap(problem));
    }
}
