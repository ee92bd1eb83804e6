package org.pledgescope.pack;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Optional;

/**
 * A question the pledge's text leaves open, who raised it, and the readings it allows. {@code presumed} names the
 * reading that holds until a statement ends the question or a caller assumes another (semantics 8); null when none
 * is presumed.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record OpenQuestion(
        String id,
        String question,
        List<String> raisedBy,
        List<Reading> readings,
        Settlement settledBy,
        String presumed) {

    public OpenQuestion(
            String id, String question, List<String> raisedBy, List<Reading> readings, Settlement settledBy) {
        this(id, question, raisedBy, readings, settledBy, null);
    }

    public Optional<Reading> reading(String readingId) {
        return readings.stream().filter(r -> r.id().equals(readingId)).findFirst();
    }

    public List<String> readingIds() {
        return readings.stream().map(Reading::id).toList();
    }

    /** The presumed reading, if the question has one. */
    public Optional<Reading> presumedReading() {
        return presumed == null ? Optional.empty() : reading(presumed);
    }
}
