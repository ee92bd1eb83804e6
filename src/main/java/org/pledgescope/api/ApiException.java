package org.pledgescope.api;

import java.util.List;
import java.util.Map;
import org.pledgescope.query.FieldError;
import org.springframework.http.HttpStatus;

/** A request the API refuses, with its status, a title and every field at fault. */
public final class ApiException extends RuntimeException {
    private final HttpStatus status;
    private final List<FieldError> errors;
    private final Map<String, Object> properties;
    private final long retryAfterSeconds;

    public ApiException(HttpStatus status, String detail, List<FieldError> errors, Map<String, Object> properties) {
        this(status, detail, errors, properties, 1);
    }

    private ApiException(
            HttpStatus status,
            String detail,
            List<FieldError> errors,
            Map<String, Object> properties,
            long retryAfterSeconds) {
        // A client's error answered as problem+json, never logged with a trace: none is taken (a flood of 429s is
        // cheap).
        super(detail, null, false, false);
        this.status = status;
        this.errors = List.copyOf(errors);
        this.properties = Map.copyOf(properties);
        this.retryAfterSeconds = retryAfterSeconds;
    }

    /** 429: too much of this work at once; {@code Retry-After} says when to try again. */
    public static ApiException busy(String detail, long retryAfterSeconds) {
        return new ApiException(
                HttpStatus.TOO_MANY_REQUESTS,
                detail,
                List.of(new FieldError("", detail)),
                Map.of(),
                Math.max(1, retryAfterSeconds));
    }

    public ApiException(HttpStatus status, String field, String detail) {
        this(status, detail, List.of(new FieldError(field, detail)), Map.of());
    }

    HttpStatus status() {
        return status;
    }

    List<FieldError> errors() {
        return errors;
    }

    Map<String, Object> properties() {
        return properties;
    }

    long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
