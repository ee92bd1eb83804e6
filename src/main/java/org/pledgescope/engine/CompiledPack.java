package org.pledgescope.engine;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.kie.api.KieBase;
import org.kie.api.event.rule.AgendaEventListener;
import org.kie.api.event.rule.BeforeMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.runtime.KieContainer;
import org.kie.api.runtime.KieContainerSessionsPool;
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
    private final KieContainerSessionsPool sessions;
    private final Map<String, RuleInfo> rules;
    private final boolean usesOutcome;
    private final boolean fromCache;
    private final boolean rulesReadUseDate;
    private final Map<WorldKey, WorldFindings> memo = new ConcurrentHashMap<>();
    private static final int MEMO_LIMIT = 100_000;

    private record WorldKey(Use use, List<String> known, LocalDate announced) {
    }

    CompiledPack(Pack pack, KieContainer container, KieBase kieBase, Map<String, RuleInfo> rules, boolean fromCache) {
        this.pack = pack;
        this.fromCache = fromCache;
        this.kieBase = kieBase;
        this.sessions = container.newKieSessionsPool(Runtime.getRuntime().availableProcessors() * 2);
        this.rules = Map.copyOf(rules);
        this.rulesReadUseDate = pack.ruleFiles().stream()
                .anyMatch(f -> f.content().contains("useDate") || f.content().contains("UseDate"));
        this.usesOutcome = kieBase.getKiePackages().stream().anyMatch(p -> p.getGlobalVariables().stream()
                .anyMatch(g -> g.getName().equals("outcome")));
    }

    public Pack pack() {
        return pack;
    }

    /** Whether the rules were loaded from {@link CompiledRulesCache} rather than compiled in this run. */
    public boolean fromCache() {
        return fromCache;
    }

    /** Every rule of the pack, by name. */
    public Collection<RuleInfo> rules() {
        return rules.values().stream().sorted(java.util.Comparator.comparing(RuleInfo::name)).toList();
    }

    /**
     * The findings of one world: the use, and the statements known as of the query's asKnownOn. Rules are
     * pure functions of the facts (no I/O, no clock), so a world's findings are memoized for the life of
     * this compiled pack; the memo is bounded and starts afresh when full. The term has already been checked
     * against the use date, so when no rule of the pack mentions {@code useDate} the memo ignores it: a batch
     * of uses on many days fires the rules once per distinct world, not once per day.
     */
    public WorldFindings fire(Use use, List<String> knownStatements, LocalDate announced) {
        return fire(use, knownStatements, announced, TimeLimit.startingNow(TimeLimit.DEFAULT));
    }

    /**
     * As {@link #fire(Use, List, LocalDate)}, within {@code limit}: throws {@link RuleFailure} when a rule throws
     * or the rules run past it (see {@link RuleGuard}). A failure is not remembered.
     */
    public WorldFindings fire(Use use, List<String> knownStatements, LocalDate announced, TimeLimit limit) {
        WorldKey key = new WorldKey(rulesReadUseDate ? use : use.withUseDate(null), knownStatements, announced);
        WorldFindings cached = memo.get(key);
        if (cached != null) {
            return cached;
        }
        WorldFindings fresh = fireRules(use, knownStatements, announced, limit);
        if (memo.size() >= MEMO_LIMIT) {
            memo.clear();
        }
        memo.put(key, fresh);
        return fresh;
    }

    private WorldFindings fireRules(Use use, List<String> knownStatements, LocalDate announced, TimeLimit limit) {
        Outcome outcome = new Outcome(rules);
        KieSession session = sessions.newKieSession();
        java.util.concurrent.atomic.AtomicReference<String> firing = new java.util.concurrent.atomic.AtomicReference<>();
        AgendaEventListener listener = new DefaultAgendaEventListener() {
            @Override
            public void beforeMatchFired(BeforeMatchFiredEvent event) {
                firing.set(event.getMatch().getRule().getName());
                outcome.firing(event.getMatch().getRule().getName());
            }

            @Override
            public void afterMatchFired(org.kie.api.event.rule.AfterMatchFiredEvent event) {
                firing.set(null);
            }
        };
        RuleGuard.Watch watch = RuleGuard.watch(pack.id(), session, limit);
        try {
            if (usesOutcome) {
                session.setGlobal("outcome", outcome);
            }
            session.addEventListener(listener);
            session.insert(use);
            session.insert(new Pledge(pack.id(), announced));
            for (String statement : knownStatements) {
                session.insert(new Known(statement));
            }
            session.fireAllRules();
        } catch (RuntimeException | StackOverflowError e) {
            throw watch.failure(e, firing.get());
        } finally {
            watch.stop();
            session.removeEventListener(listener);
            session.dispose();
        }
        watch.finish(firing.get());
        Set<String> known = Set.copyOf(knownStatements);
        List<Finding> findings = outcome.findings().stream()
                .filter(f -> f.clause() == null || known.contains(f.clause().substring(0, f.clause().indexOf('#'))))
                .sorted().distinct().toList();
        return new WorldFindings(findings, Set.copyOf(new java.util.TreeSet<>(outcome.fired())));
    }
}
