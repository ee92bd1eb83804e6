package org.pledgescope.engine;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;
import org.kie.api.KieBase;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.AgendaEventListener;
import org.kie.api.event.rule.BeforeMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.runtime.KieContainer;
import org.kie.api.runtime.KieContainerSessionsPool;
import org.kie.api.runtime.KieSession;
import org.pledgescope.engine.facts.Citation;
import org.pledgescope.engine.facts.Known;
import org.pledgescope.engine.facts.Outcome;
import org.pledgescope.engine.facts.Pledge;
import org.pledgescope.engine.facts.RuleFinding;
import org.pledgescope.engine.facts.Use;
import org.pledgescope.pack.Pack;
import org.pledgescope.pack.RuleInfo;

/**
 * A pack whose rules are compiled: the engine's handle on one pack. Thread-safe: each evaluation opens its own
 * session on the shared, immutable rule base; nothing is compiled per evaluation.
 */
public final class CompiledPack {
    private static final int MEMO_LIMIT = 100_000;

    private final Pack pack;
    private final KieContainerSessionsPool sessions;
    private final Map<String, RuleInfo> rules;
    private final Map<String, Citation> citations;
    private final Map<String, Set<String>> globals;
    private final boolean fromCache;
    private final KieBase kieBase;
    private final boolean rulesReadUseDate;
    private final RuleModel model;
    private final Map<String, Set<String>> literals;
    private final Map<WorldKey, WorldFindings> memo = new ConcurrentHashMap<>();

    private record WorldKey(Use use, List<String> known, LocalDate announced) {}

    CompiledPack(
            Pack pack,
            KieContainer container,
            KieBase kieBase,
            Map<String, RuleInfo> rules,
            boolean fromCache,
            RuleModel model,
            Map<String, Set<String>> literals,
            Map<String, List<String>> valueSets) {
        this.pack = pack;
        this.fromCache = fromCache;
        this.kieBase = kieBase;
        this.sessions = container.newKieSessionsPool(Runtime.getRuntime().availableProcessors() * 2);
        this.rules = Map.copyOf(rules);
        Map<String, Citation> cites = new LinkedHashMap<>();
        rules.values().forEach(r -> cites.put(r.name(), new Citation(r.name(), r.clause(), r.question())));
        this.citations = Map.copyOf(cites);
        Set<String> declared = new HashSet<>();
        kieBase.getKiePackages().forEach(p -> p.getGlobalVariables().forEach(g -> declared.add(g.getName())));
        Map<String, Set<String>> sets = new LinkedHashMap<>();
        valueSets.forEach((name, values) -> {
            if (declared.contains(name)) {
                sets.put(name, Set.copyOf(values));
            }
        });
        this.globals = sets;
        this.model = model;
        this.rulesReadUseDate = readsUseDate(model);
        Map<String, Set<String>> lits = new LinkedHashMap<>();
        literals.forEach((k, v) -> lits.put(k, Set.copyOf(v)));
        this.literals = Map.copyOf(lits);
    }

    public Pack pack() {
        return pack;
    }

    /** Whether the rules were loaded from {@link CompiledRulesCache} rather than compiled in this run. */
    public boolean fromCache() {
        return fromCache;
    }

    /** Drools' rule base, for checks inside the engine. */
    KieBase kieBase() {
        return kieBase;
    }

    /** Every rule of the pack, by name. */
    public List<RuleInfo> rules() {
        return rules.values().stream()
                .sorted(Comparator.comparing(RuleInfo::name))
                .toList();
    }

    /** Whether a rule compares or binds the use date. */
    private static boolean readsUseDate(RuleModel model) {
        for (RuleModel.Rule r : model.rules()) {
            for (RuleModel.Typed t : r.comparisons()) {
                if (t.type().equals("Use")
                        && (((RuleModel.Field) t.compare().left()).path().equals("useDate")
                                || t.compare().right() instanceof RuleModel.Field f
                                        && f.path().equals("useDate"))) {
                    return true;
                }
            }
            for (RuleModel.Bound b : r.bindings()) {
                if (b.type().equals("Use")
                        && b.field() instanceof RuleModel.Field f
                        && f.path().equals("useDate")) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The pack's rules as data (what the allowlist accepted and the engine compiled). */
    public RuleModel model() {
        return model;
    }

    /** The values the rules compare each fact with, by path. */
    public Map<String, Set<String>> valuesNamed() {
        return literals;
    }

    /** The values the rules compare the fact at {@code path} with (empty when no rule reads it). */
    public Set<String> valuesNamed(String path) {
        return literals.getOrDefault(path, Set.of());
    }

    /**
     * The findings of one world: its facts by vocabulary path, the use date, and the statements known as of the
     * query's asKnownOn that apply to the use date (the caller leaves out amendments applying from after it;
     * semantics rule 6). Rules are pure functions of the facts (no I/O, no clock), so a world's findings are
     * memoized for the life of this compiled pack; the memo is bounded and starts afresh when full. The term has
     * already been checked against the use date, so when no rule of the pack mentions {@code useDate} the memo
     * ignores it: a batch of uses on many days fires the rules once per distinct world, not once per day.
     */
    public WorldFindings fire(
            Map<String, Object> facts, LocalDate useDate, List<String> knownStatements, LocalDate announced) {
        return fire(facts, useDate, knownStatements, announced, TimeLimit.startingNow(TimeLimit.DEFAULT));
    }

    /**
     * As {@link #fire(Map, LocalDate, List, LocalDate)}, within {@code limit}: throws {@link RuleFailure} when a rule
     * throws or the rules run past it (see {@link RuleGuard}). A failure is not remembered.
     */
    public WorldFindings fire(
            Map<String, Object> facts,
            LocalDate useDate,
            List<String> knownStatements,
            LocalDate announced,
            TimeLimit limit) {
        Use use = Use.of(facts, rulesReadUseDate ? useDate : null);
        WorldKey key = new WorldKey(use, knownStatements, announced);
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

    /**
     * The findings of one world, fired afresh: no memo is read or written. The fast path calls this once per class
     * of worlds; the differential test calls it for every world, as the direct evaluation to compare with.
     */
    public WorldFindings fireUncached(
            Map<String, Object> facts,
            LocalDate useDate,
            List<String> knownStatements,
            LocalDate announced,
            TimeLimit limit) {
        return fireRules(Use.of(facts, rulesReadUseDate ? useDate : null), knownStatements, announced, limit);
    }

    /** Whether a rule of the pack reads the use date itself (then worlds on different days may differ). */
    public boolean readsUseDate() {
        return rulesReadUseDate;
    }

    /**
     * Drools resolves classes through the thread's context class loader for every session it opens; on a web
     * server's request thread that is the web application's loader, which is many times slower than the loader
     * the rules were compiled against. The engine sets it while the rules fire.
     */
    private static final ClassLoader ENGINE_LOADER = CompiledPack.class.getClassLoader();

    private WorldFindings fireRules(Use use, List<String> knownStatements, LocalDate announced, TimeLimit limit) {
        Thread thread = Thread.currentThread();
        ClassLoader callerLoader = thread.getContextClassLoader();
        if (callerLoader == ENGINE_LOADER) {
            return fireRulesHere(use, knownStatements, announced, limit);
        }
        thread.setContextClassLoader(ENGINE_LOADER);
        try {
            return fireRulesHere(use, knownStatements, announced, limit);
        } finally {
            thread.setContextClassLoader(callerLoader);
        }
    }

    private WorldFindings fireRulesHere(Use use, List<String> knownStatements, LocalDate announced, TimeLimit limit) {
        Outcome outcome = new Outcome(citations);
        KieSession session = sessions.newKieSession();
        AtomicReference<String> firing = new AtomicReference<>();
        AgendaEventListener listener = new DefaultAgendaEventListener() {
            @Override
            public void beforeMatchFired(BeforeMatchFiredEvent event) {
                firing.set(event.getMatch().getRule().getName());
                outcome.firing(event.getMatch().getRule().getName());
            }

            @Override
            public void afterMatchFired(AfterMatchFiredEvent event) {
                firing.set(null);
            }
        };
        RuleGuard.Watch watch = RuleGuard.watch(pack.id(), session, limit);
        try {
            session.setGlobal("outcome", outcome);
            globals.forEach(session::setGlobal);
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
        List<RuleFinding> findings = outcome.findings().stream()
                .filter(f -> f.statement() == null || known.contains(f.statement()))
                .sorted(ORDER)
                .distinct()
                .toList();
        return new WorldFindings(findings, Set.copyOf(new TreeSet<>(outcome.fired())));
    }

    private static final Comparator<RuleFinding> ORDER = Comparator.comparing(RuleFinding::kind)
            .thenComparing(RuleFinding::rule)
            .thenComparing(f -> String.valueOf(f.clause()))
            .thenComparing(f -> String.valueOf(f.question()))
            .thenComparing(f -> f.dependsOn().toString());
}
