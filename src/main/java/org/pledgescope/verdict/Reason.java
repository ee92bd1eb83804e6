package org.pledgescope.verdict;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * A finding as shown to users: the rule, its effect, the clause quoted with its source, and the open
 * question it raises or depends on.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Reason(
        String rule,
        FindingKind effect,
        String clause,
        String quote,
        String question,
        List<String> dependsOn,
        Source source) {}
