package org.pledgescope.query;

import java.util.List;
import java.util.stream.Collectors;

/** A query that cannot be evaluated, with every problem found (not just the first). */
public class InvalidQueryException extends RuntimeException {
    private final List<FieldError> errors;

    public InvalidQueryException(List<FieldError> errors) {
        super(errors.stream().map(FieldError::toString).collect(Collectors.joining("; ")));
        this.errors = List.copyOf(errors);
    }

    public InvalidQueryException(String field, String message) {
        this(List.of(new FieldError(field, message)));
    }

    public List<FieldError> errors() {
        return errors;
    }
}
