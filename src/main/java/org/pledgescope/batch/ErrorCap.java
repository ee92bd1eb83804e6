package org.pledgescope.batch;

import java.util.List;
import java.util.stream.Collectors;
import org.pledgescope.query.FieldError;

/**
 * An error answer lists at most {@link #MAX} problems, then says how many there were in all, so that an answer
 * never grows with the number of mistakes in a request.
 */
public final class ErrorCap {
    public static final int MAX = 20;

    private ErrorCap() {}

    /** The first {@link #MAX} errors. */
    public static List<FieldError> first(List<FieldError> errors) {
        return errors.size() <= MAX ? errors : List.copyOf(errors.subList(0, MAX));
    }

    /** {@code invalid query: } and the first errors, then {@code (N problems in all; the first 20 are listed)}. */
    public static String message(List<FieldError> errors) {
        String listed = first(errors).stream().map(FieldError::toString).collect(Collectors.joining("; "));
        return "invalid query: " + listed
                + (errors.size() > MAX
                        ? " (" + errors.size() + " problems in all; the first " + MAX + " are listed)"
                        : "");
    }
}
