package org.pledgescope.verdict;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Map;

/**
 * An omitted fact that decides the verdict. {@code verdicts} maps each value it could take (for a date, an
 * example day of each range) to the verdict; {@code answers} gives the same as values a client can send back;
 * {@code openQuestions}, when every answer still leaves the verdict UNDETERMINED, names the questions that keep it so.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record MissingFact(
        String field,
        @JsonInclude(JsonInclude.Include.ALWAYS) Map<String, Verdict> verdicts,
        List<FactAnswer> answers,
        List<String> openQuestions) {

    public MissingFact(String field, Map<String, Verdict> verdicts) {
        this(field, verdicts, List.of(), List.of());
    }
}
