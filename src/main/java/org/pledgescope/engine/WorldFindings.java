package org.pledgescope.engine;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import org.pledgescope.engine.facts.RuleFinding;

/**
 * What a pack's rules found in one world of facts, and which rules fired. One instance per memoized world, so
 * the caller's own form of the findings ({@link #as}) is derived once per world, not once per query.
 */
public final class WorldFindings {
    private final List<RuleFinding> findings;
    private final Set<String> rulesFired;
    private volatile Object derived;

    public WorldFindings(List<RuleFinding> findings, Set<String> rulesFired) {
        this.findings = List.copyOf(findings);
        this.rulesFired = Set.copyOf(rulesFired);
    }

    public List<RuleFinding> findings() {
        return findings;
    }

    public Set<String> rulesFired() {
        return rulesFired;
    }

    /**
     * The findings in the caller's form, computed by {@code convert} on first use and kept with this world.
     * There is one caller (the evaluator), so one form.
     */
    @SuppressWarnings("unchecked")
    public <T> T as(Function<List<RuleFinding>, T> convert) {
        Object d = derived;
        if (d == null) {
            d = convert.apply(findings);
            derived = d;
        }
        return (T) d;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof WorldFindings w && w.findings.equals(findings) && w.rulesFired.equals(rulesFired);
    }

    @Override
    public int hashCode() {
        return Objects.hash(findings, rulesFired);
    }

    @Override
    public String toString() {
        return "WorldFindings[findings=" + findings + ", rulesFired=" + rulesFired + "]";
    }
}
