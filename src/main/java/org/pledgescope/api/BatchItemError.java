package org.pledgescope.api;

import java.util.List;
import org.pledgescope.query.FieldError;

/** The answer to one item of a JSON batch that could not be evaluated; {@code index} counts from 0. */
record BatchItemError(int index, Problem error) {
    /** What was wrong, with each field's path in the request body, e.g. {@code [2].agency.type}. */
    record Problem(String message, List<FieldError> errors) {
    }
}
