package org.pledgescope.pack;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;

/**
 * The period a statement says the pledge runs: from {@code from} through {@code until} inclusive, or with no
 * end when {@code untilFurtherNotice}. {@code clause} is the clause that states it (may be null).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Term(LocalDate from, LocalDate until, boolean untilFurtherNotice, String clause) {
    public boolean contains(LocalDate day) {
        return !day.isBefore(from) && (until == null || !day.isAfter(until));
    }

    public String describe() {
        return from + (until == null ? " until further notice" : " through " + until);
    }
}
