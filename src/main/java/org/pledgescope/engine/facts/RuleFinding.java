package org.pledgescope.engine.facts;

import java.util.List;

/**
 * What one rule reported in one world: the kind of finding, what the rule cites, and the open questions the
 * scopes it joined depend on ({@code dependsOn}: each must be read broadly for the finding to take effect).
 */
public record RuleFinding(String rule, Kind kind, String clause, String question, List<String> dependsOn) {

    public RuleFinding {
        dependsOn = List.copyOf(dependsOn.stream().distinct().sorted().toList());
    }

    /** The four things a rule can report. */
    public enum Kind {
        PROHIBITS,
        EXEMPTS,
        OPEN,
        LIMITS
    }

    /** The statement whose clause this finding cites, or null when it cites none. */
    public String statement() {
        return clause == null ? null : clause.substring(0, clause.indexOf('#'));
    }
}
