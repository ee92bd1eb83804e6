package org.pledgescope.engine.facts;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The one way rule actions report results (global {@code outcome} in DRL). Each finding cites what the
 * firing rule's metadata names ({@code @clause}, {@code @question}), so a rule's action never spells an id.
 * One instance per evaluation of one world; not shared between threads.
 */
public final class Outcome {
    private final Map<String, Citation> citations;
    private final List<RuleFinding> findings = new ArrayList<>();
    private final Set<String> fired = new TreeSet<>();
    private Citation current;

    public Outcome(Map<String, Citation> citations) {
        this.citations = citations;
    }

    /** Called by the engine as each rule fires, before its action runs. */
    public void firing(String ruleName) {
        current = citations.get(ruleName);
        fired.add(ruleName);
    }

    /** Classification: the use is within reach on {@code aspect}, on this rule's question if it cites one. */
    public Scope inScope(Aspect aspect) {
        return new Scope(aspect, current.question(), current.rule());
    }

    /** This rule's clause restricts the use, given the scopes it matched. */
    public void prohibits(Scope... scopes) {
        add(RuleFinding.Kind.PROHIBITS, null, scopes);
    }

    /** This rule's exception clause lifts the pledge for the use, given the scopes it matched. */
    public void exempts(Scope... scopes) {
        add(RuleFinding.Kind.EXEMPTS, null, scopes);
    }

    /** The outcome hinges on this rule's open question; its reading gives the effect. */
    public void open(Scope... scopes) {
        if (current.question() == null) {
            throw new IllegalStateException(
                    "rule '" + current.rule() + "' calls outcome.open() but cites no @question");
        }
        add(RuleFinding.Kind.OPEN, current.question(), scopes);
    }

    /** This rule's clause sets the pledge's reach and leaves the use outside it. */
    public void limits() {
        add(RuleFinding.Kind.LIMITS, null);
    }

    private void add(RuleFinding.Kind kind, String question, Scope... scopes) {
        List<String> dependsOn = new ArrayList<>();
        for (Scope s : scopes) {
            if (s.question() != null) {
                dependsOn.add(s.question());
            }
        }
        findings.add(new RuleFinding(current.rule(), kind, current.clause(), question, dependsOn));
    }

    public List<RuleFinding> findings() {
        return findings;
    }

    public Set<String> fired() {
        return fired;
    }
}
