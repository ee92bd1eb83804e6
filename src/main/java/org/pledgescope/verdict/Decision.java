package org.pledgescope.verdict;

import java.util.List;
import org.pledgescope.query.Query;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * The answer to a query: one result per pledge evaluated, tied to the rule set revision that gave it. A result shared
 * by a class of queries comes in a {@link RenderedList}, its JSON written once.
 */
public record Decision(
        String decisionId,
        String rulesetRevision,
        Query query,
        @JsonSerialize(using = RenderedList.Writer.class) List<PledgeResult> results) {}
