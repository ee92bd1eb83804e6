package org.pledgescope.batch;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Objects;
import org.pledgescope.query.FieldError;

/**
 * The answer, in its place, to an item of a batch that could not be evaluated: {@code {"line": N, "error": {...}}}
 * for an NDJSON line (N counts from 1), {@code {"index": I, "error": {...}}} for an item of a JSON array (I counts
 * from 0). Exactly one of {@code line} and {@code index} is set.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record BatchItemError(Long line, Integer index, ErrorDetail error) {
    /** The message of an item that failed inside the engine; the log has the details. */
    public static final String INTERNAL =
            "internal error: this line could not be evaluated; the service log has the details";

    public BatchItemError {
        if ((line == null) == (index == null)) {
            throw new IllegalArgumentException("a batch item error has a line or an index, not both");
        }
        Objects.requireNonNull(error);
    }

    /** The answer to NDJSON line {@code line}. */
    public static BatchItemError atLine(long line, ErrorDetail error) {
        return new BatchItemError(line, null, error);
    }

    /** The answer to item {@code index} of a JSON array. */
    public static BatchItemError atIndex(int index, ErrorDetail error) {
        return new BatchItemError(null, index, error);
    }

    /** What was wrong: a message, and each field at fault (at most {@link ErrorCap#MAX}). */
    public record ErrorDetail(String message, List<FieldError> errors) {
        /** An invalid query: its first errors, and a message listing them and saying how many there were. */
        public static ErrorDetail invalid(List<FieldError> errors) {
            return new ErrorDetail(ErrorCap.message(errors), ErrorCap.first(errors));
        }

        /** A failure that concerns no field, such as a spent time budget. */
        public static ErrorDetail of(String message) {
            return new ErrorDetail(message, List.of());
        }

        /** A failure inside the engine. */
        public static ErrorDetail internal() {
            return of(INTERNAL);
        }

        /** The same, each field's path put under {@code prefix}, e.g. {@code [2]} for item 2 of a JSON array. */
        public ErrorDetail under(String prefix) {
            return new ErrorDetail(
                    message,
                    errors.stream()
                            .map(f ->
                                    new FieldError(prefix + (f.field().isEmpty() ? "" : "." + f.field()), f.message()))
                            .toList());
        }
    }
}
