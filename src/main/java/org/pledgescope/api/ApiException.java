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

    public ApiException(HttpStatus status, String detail, List<FieldError> errors, Map<String, Object> properties) {
        super(detail);
        this.status = status;
        this.errors = List.copyOf(errors);
        this.properties = Map.copyOf(properties);
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
}
