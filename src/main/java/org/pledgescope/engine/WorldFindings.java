package org.pledgescope.engine;

import java.util.List;
import java.util.Set;
import org.pledgescope.engine.facts.RuleFinding;

/** What a pack's rules found in one world of facts, and which rules fired. */
public record WorldFindings(List<RuleFinding> findings, Set<String> rulesFired) {
}
