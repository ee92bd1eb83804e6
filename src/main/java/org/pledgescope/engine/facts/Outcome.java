package org.pledgescope.engine.facts;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.pledgescope.engine.RuleInfo;
import org.pledgescope.verdict.Finding;
import org.pledgescope.verdict.FindingKind;

/**
 * The one way rule actions report results (global {@code outcome} in DRL). Each finding cites what the
 * firing rule's metadata names ({@code @clause}, {@code @question}), so a rule's action never spells an id.
 * One instance per evaluation of one world; not shared between threads.
 */
public final class Outcome {
    private final Map<String, RuleInfo> rules;
    private final List<Finding> findings = new ArrayList<>();
    private final Set<String> fired = new TreeSet<>();
    private RuleInfo current;

    public Outcome(Map<String, RuleInfo> rules) {
        this.rules = rules;
    }

    /** Called by the engine as each rule fires, before its action runs. */
    public void firing(String ruleName) {
        current = rules.get(ruleName);
        fired.add(ruleName);
    }

    /** Classification: the use is within reach on {@code aspect}, on this rule's question if it cites one. */
    public Scope inScope(Aspect aspect) {
        return new Scope(aspect, current.question(), current.name());
    }

    /** This rule's clause restricts the use, given the scopes it matched. */
    public void prohibits(Scope... scopes) {
        add(FindingKind.PROHIBITS, null, scopes);
    }

    /** This rule's exception clause lifts the pledge for the use, given the scopes it matched. */
    public void exempts(Scope... scopes) {
        add(FindingKind.EXEMPTS, null, scopes);
    }

    /** The outcome hinges on this rule's open question; its reading gives the effect. */
    public void open(Scope... scopes) {
        if (current.question() == null) {
            throw new IllegalStateException("rule '" + current.name() + "' calls outcome.open() but cites no @question");
        }
        add(FindingKind.OPEN, current.question(), scopes);
    }

    /** This rule's clause sets the pledge's reach and leaves the use outside it. */
    public void limits() {
        add(FindingKind.LIMITS, null);
    }

    private void add(FindingKind kind, String question, Scope... scopes) {
        List<String> dependsOn = new ArrayList<>();
        for (Scope s : scopes) {
            if (s.question() != null) {
                dependsOn.add(s.question());
            }
        }
        findings.add(new Finding(current.name(), kind, current.clause(), question, dependsOn));
    }

    public List<Finding> findings() {
        return findings;
    }

    public Set<String> fired() {
        return fired;
    }
}
