package org.pledgescope.api;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.List;
import org.pledgescope.batch.ErrorCap;
import org.pledgescope.query.FieldError;
import org.pledgescope.query.InvalidQueryException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.ErrorResponse;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Every refusal is an RFC 9457 {@code application/problem+json} with {@code errors: [{field, message}]}: the
 * API's own (bad query, too large, unknown pledge, reload) and Spring MVC's (wrong media type, wrong method).
 */
@RestControllerAdvice
class ProblemHandler extends ResponseEntityExceptionHandler {
    private static final Logger log = LoggerFactory.getLogger(ProblemHandler.class);

    @ExceptionHandler(InvalidQueryException.class)
    ResponseEntity<ProblemDetail> invalidQuery(InvalidQueryException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, ErrorCap.message(e.errors()));
        problem.setTitle("Invalid query");
        problem.setProperty("errors", ErrorCap.first(e.errors()));
        if (e.errors().size() > ErrorCap.MAX) {
            problem.setProperty("errorCount", e.errors().size());
        }
        return ResponseEntity.badRequest().body(problem);
    }

    @ExceptionHandler(ApiException.class)
    ResponseEntity<ProblemDetail> refused(ApiException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(e.status(), e.getMessage());
        problem.setProperty("errors", e.errors());
        e.properties().forEach(problem::setProperty);
        ResponseEntity.BodyBuilder response = ResponseEntity.status(e.status());
        if (e.status() == HttpStatus.UNAUTHORIZED) {
            response.header(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
        }
        if (e.status() == HttpStatus.TOO_MANY_REQUESTS) {
            response.header(HttpHeaders.RETRY_AFTER, String.valueOf(e.retryAfterSeconds()));
        }
        return response.body(problem);
    }

    /**
     * The client went away or broke off its upload: one line in the log, and an empty 400 (nobody is listening). A
     * body that stalled (nothing arrived for {@code server.tomcat.connection-timeout}) is answered 408 by Tomcat,
     * through {@link ContainerErrors}, once no more of it is waited for.
     */
    @ExceptionHandler(IOException.class)
    ResponseEntity<Void> aborted(IOException e, HttpServletRequest request) {
        if (Aborts.stalled(e)) {
            ClientConnection.of(request).stopReading();
            return null;
        }
        log.warn("Request not completed: the client broke off ({})", Aborts.describe(e));
        return ResponseEntity.badRequest().build();
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception e) {
        OutOfMemoryExit.check(e);
        log.error("Unexpected error", e);
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                HttpStatus.INTERNAL_SERVER_ERROR, "internal error; the service log has the details");
        problem.setProperty("errors", List.of(new FieldError("", problem.getDetail())));
        return ResponseEntity.internalServerError().body(problem);
    }

    /** Spring MVC's own problems get the same {@code errors} list. */
    @Override
    protected ResponseEntity<Object> handleExceptionInternal(
            Exception ex, Object body, HttpHeaders headers, HttpStatusCode statusCode, WebRequest request) {
        if (body == null && ex instanceof ErrorResponse response) {
            body = response.updateAndGetBody(getMessageSource(), LocaleContextHolder.getLocale());
        }
        if (body instanceof ProblemDetail problem
                && (problem.getProperties() == null || !problem.getProperties().containsKey("errors"))) {
            String field = ex instanceof HttpMediaTypeNotSupportedException ? "Content-Type" : "";
            String detail = ex instanceof HttpMediaTypeNotSupportedException m
                    ? "unsupported media type " + m.getContentType() + "; send one of " + m.getSupportedMediaTypes()
                    : problem.getDetail();
            if (Problems.namesInternals(detail)) {
                detail = Problems.describe(statusCode.value());
            }
            problem.setDetail(detail);
            problem.setProperty("errors", List.of(new FieldError(field, detail == null ? "" : detail)));
        }
        return super.handleExceptionInternal(ex, body, headers, statusCode, request);
    }
}
