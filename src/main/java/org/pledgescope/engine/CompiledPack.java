package org.pledgescope.engine;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.kie.api.KieBase;
import org.kie.api.event.rule.BeforeMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.runtime.KieSession;
import org.pledgescope.engine.facts.Known;
import org.pledgescope.engine.facts.Outcome;
import org.pledgescope.engine.facts.Pledge;
import org.pledgescope.engine.facts.Use;
import org.pledgescope.pack.Pack;
import org.pledgescope.verdict.Finding;

/**
 * A pack whose rules are compiled. Thread-safe: each evaluation opens its own session on the shared,
 * immutable rule base; nothing is compiled per evaluation.
 */
public final class CompiledPack {
    private final Pack pack;
    private final KieBase kieBase;
    private final Map<String, RuleInfo> rules;
    private final boolean usesOutcome;

    CompiledPack(Pack pack, KieBase kieBase, Map<String, RuleInfo> rules) {
        this.pack = pack;
        this.kieBase = kieBase;
        this.rules = Map.copyOf(rules);
        this.usesOutcome = kieBase.getKiePackages().stream().anyMatch(p -> p.getGlobalVariables().stream()
                .anyMatch(g -> g.getName().equals("outcome")));
    }

    public Pack pack() {
        return pack;
    }

    /** Every rule of the pack, by name. */
    public Collection<RuleInfo> rules() {
        return rules.values().stream().sorted(java.util.Comparator.comparing(RuleInfo::name)).toList();
    }

    /** Fires the rules on one world: the use, and the statements known as of the query's asKnownOn. */
    public WorldFindings fire(Use use, List<String> knownStatements, LocalDate announced) {
        Outcome outcome = new Outcome(rules);
        KieSession session = kieBase.newKieSession();
        try {
            if (usesOutcome) {
                session.setGlobal("outcome", outcome);
            }
            session.addEventListener(new DefaultAgendaEventListener() {
                @Override
                public void beforeMatchFired(BeforeMatchFiredEvent event) {
                    outcome.firing(event.getMatch().getRule().getName());
                }
            });
            session.insert(use);
            session.insert(new Pledge(pack.id(), announced));
            for (String statement : knownStatements) {
                session.insert(new Known(statement));
            }
            session.fireAllRules();
        } finally {
            session.dispose();
        }
        Set<String> known = Set.copyOf(knownStatements);
        List<Finding> findings = outcome.findings().stream()
                .filter(f -> f.clause() == null || known.contains(f.clause().substring(0, f.clause().indexOf('#'))))
                .sorted().distinct().toList();
        return new WorldFindings(findings, Set.copyOf(outcome.fired()));
    }
}
