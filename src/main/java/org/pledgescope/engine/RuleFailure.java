package org.pledgescope.engine;

/**
 * A pack's rules failed on one use: a rule threw, or the rules ran past the time limit. The message names the
 * rule and the kind of failure, never the data the rule was working on; the service log has the stack trace.
 */
public final class RuleFailure extends RuntimeException {
    /** {@code RULE_FAILED}: a rule's condition or action threw; {@code TIME_LIMIT}: the rules did not finish in time. */
    public enum Kind {
        RULE_FAILED,
        TIME_LIMIT
    }

    private final Kind kind;
    private final String rule;

    public RuleFailure(Kind kind, String rule, String message) {
        super(message, null, false, false);
        this.kind = kind;
        this.rule = rule;
    }

    public Kind kind() {
        return kind;
    }

    /** The rule that was firing, or null when the failure came while matching facts or between rules. */
    public String rule() {
        return rule;
    }
}
