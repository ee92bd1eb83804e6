package org.pledgescope.cli;

import java.time.LocalDate;
import org.pledgescope.diagnostics.DateText;

/** Date options: ISO days, or a clear error naming the option. */
final class Dates {
    private Dates() {}

    /** The day {@code value} names, null when absent; an IllegalArgumentException naming {@code option} if bad. */
    static LocalDate parse(String option, String value) {
        if (value == null) {
            return null;
        }
        LocalDate day = DateText.parse(value);
        if (day == null) {
            throw new IllegalArgumentException(option + ": " + DateText.problem(value));
        }
        return day;
    }
}
