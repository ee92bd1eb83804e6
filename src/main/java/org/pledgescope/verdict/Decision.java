package org.pledgescope.verdict;

import java.util.List;
import org.pledgescope.query.Query;

/** The answer to a query: one result per pledge evaluated, tied to the rule set revision that gave it. */
public record Decision(String decisionId, String rulesetRevision, Query query, List<PledgeResult> results) {}
