package org.pledgescope.cli;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** Date options: ISO days, or a clear error naming the option. */
final class Dates {
    private Dates() {}

    /** The day {@code value} names, null when absent; an IllegalArgumentException naming {@code option} if bad. */
    static LocalDate parse(String option, String value) {
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(option + ": '" + value + "' is not an ISO date (YYYY-MM-DD)");
        }
    }
}
