package org.pledgescope.pack;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Optional;

/** A question the pledge's text leaves open, who raised it, and the readings it allows. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record OpenQuestion(
        String id, String question, List<String> raisedBy, List<Reading> readings, Settlement settledBy) {
    public Optional<Reading> reading(String readingId) {
        return readings.stream().filter(r -> r.id().equals(readingId)).findFirst();
    }

    public List<String> readingIds() {
        return readings.stream().map(Reading::id).toList();
    }
}
