package org.pledgescope.verdict;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.util.List;

/**
 * One answer a client can give for a missing fact, and the verdict it leads to. An enumeration, boolean or
 * named country answers with its exact {@code value}; a date with a range ({@code from} and/or {@code until},
 * both inclusive) and an {@code example} day in it; "a country the rules do not name" with {@code notIn} and an
 * {@code example} code. The {@code example} (or {@code value}) can be sent back as the fact's value.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record FactAnswer(
        Object value, LocalDate from, LocalDate until, List<String> notIn, Object example, Verdict verdict) {

    public static FactAnswer exactly(Object value) {
        return new FactAnswer(value, null, null, null, null, null);
    }

    public FactAnswer withVerdict(Verdict v) {
        return new FactAnswer(value, from, until, notIn, example, v);
    }

    /** How the answer reads in a sentence ("before 2020-06-10", "US", "a country other than US"). */
    public String describe() {
        if (value != null) {
            return String.valueOf(value);
        }
        if (notIn != null) {
            return "a country other than " + String.join(", ", notIn) + " (e.g. " + example + ")";
        }
        if (from == null) {
            return "before " + until.plusDays(1);
        }
        return until == null ? "on or after " + from : from + " to " + until;
    }
}
