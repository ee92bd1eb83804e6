package org.pledgescope.coverage;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;
import org.pledgescope.engine.CompiledPack;
import org.pledgescope.engine.RuleFailure;
import org.pledgescope.engine.TimeLimit;
import org.pledgescope.engine.WorldFindings;
import org.pledgescope.pack.OpenQuestion;
import org.pledgescope.pack.Pack;
import org.pledgescope.pack.Statement;
import org.pledgescope.pack.Term;
import org.pledgescope.query.FieldError;
import org.pledgescope.query.InvalidQueryException;
import org.pledgescope.query.Query;
import org.pledgescope.verdict.Decision;
import org.pledgescope.verdict.EvaluationError;
import org.pledgescope.verdict.Explainer;
import org.pledgescope.verdict.FindingKind;
import org.pledgescope.verdict.MissingFact;
import org.pledgescope.verdict.PledgeResult;
import org.pledgescope.verdict.Reason;
import org.pledgescope.verdict.Resolution;
import org.pledgescope.verdict.TermReport;
import org.pledgescope.verdict.TooManyReadingsException;
import org.pledgescope.verdict.Verdict;
import org.pledgescope.verdict.VerdictResolver;
import org.pledgescope.verdict.WorldOutcome;

/**
 * The one boundary every front end calls: {@code evaluate(query) → decision}. Thread-safe; each call
 * takes the current rule set once, so it finishes on the rule set it started with.
 */
public final class Evaluator {
    /** The default bound on worlds of unknown facts evaluated for one pledge. */
    public static final int DEFAULT_WORLD_LIMIT = 1_000;

    private final Supplier<RuleSet> ruleSet;
    private final int worldLimit;
    private final VerdictResolver resolver;
    private final java.time.Duration ruleTimeLimit;
    private final Explainer explainer = new Explainer();

    public Evaluator(Supplier<RuleSet> ruleSet) {
        this(ruleSet, DEFAULT_WORLD_LIMIT);
    }

    public Evaluator(Supplier<RuleSet> ruleSet, int worldLimit) {
        this(ruleSet, worldLimit, VerdictResolver.DEFAULT_CELL_LIMIT);
    }

    /** With a bound on worlds of unknown facts and on worlds × combinations of open questions' readings. */
    public Evaluator(Supplier<RuleSet> ruleSet, int worldLimit, long cellLimit) {
        this(ruleSet, worldLimit, cellLimit, TimeLimit.DEFAULT);
    }

    /** As above, and a limit on the time one pack's rules may run for one query (past it, that pack's result is an error). */
    public Evaluator(Supplier<RuleSet> ruleSet, int worldLimit, long cellLimit, java.time.Duration ruleTimeLimit) {
        this.ruleTimeLimit = ruleTimeLimit;
        this.ruleSet = ruleSet;
        this.worldLimit = worldLimit;
        this.resolver = new VerdictResolver(cellLimit);
    }

    public Decision evaluate(Query query) {
        return evaluate(query, ruleSet.get());
    }

    /** Evaluates against one given rule set (the scenario runner pins one for a whole run). */
    public Decision evaluate(Query query, RuleSet rules) {
        List<CompiledPack> packs = select(query, rules);
        List<PledgeResult> results = new ArrayList<>();
        for (CompiledPack pack : packs) {
            results.add(evaluate(query, pack));
        }
        return new Decision(decisionId(), rules.revision(), query, List.copyOf(results));
    }

    /**
     * A random (version 4) UUID from a per-thread generator: {@link UUID#randomUUID()} draws on the shared
     * SecureRandom, whose lock serialises every concurrent evaluation. Decision ids need to be unique, not secret.
     */
    private static String decisionId() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        long high = (random.nextLong() & ~0xF000L) | 0x4000L;
        long low = (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(high, low).toString();
    }

    private List<CompiledPack> select(Query query, RuleSet rules) {
        List<FieldError> errors = new ArrayList<>();
        List<CompiledPack> packs;
        if (query.pledge() == null) {
            packs = rules.packs();
        } else {
            packs = rules.pack(query.pledge()).map(List::of).orElse(List.of());
            if (packs.isEmpty()) {
                errors.add(new FieldError("pledge", "unknown pledge '" + query.pledge() + "'; loaded: " + rules.packIds()));
            }
        }
        for (Map.Entry<String, String> a : query.assume().entrySet()) {
            List<OpenQuestion> matches = (packs.isEmpty() ? rules.packs() : packs).stream()
                    .flatMap(p -> p.pack().question(a.getKey()).stream()).toList();
            if (matches.isEmpty()) {
                errors.add(new FieldError("assume." + a.getKey(), "unknown open question; known: " + (packs.isEmpty()
                        ? rules.packs() : packs).stream().flatMap(p -> p.pack().questions().stream())
                        .map(OpenQuestion::id).sorted().toList()));
            } else if (matches.stream().anyMatch(q -> q.reading(a.getValue()).isEmpty())) {
                errors.add(new FieldError("assume." + a.getKey(), "unknown reading '" + a.getValue() + "'; allowed: "
                        + matches.get(0).readingIds()));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidQueryException(errors);
        }
        return packs;
    }

    private PledgeResult evaluate(Query query, CompiledPack compiled) {
        Pack pack = compiled.pack();
        Map<String, String> assumed = new TreeMap<>();
        query.assume().forEach((q, r) -> {
            if (pack.question(q).isPresent()) {
                assumed.put(q, r);
            }
        });
        List<Statement> known = pack.knownOn(query.asKnownOn());
        List<String> knownIds = known.stream().map(Statement::id).toList();
        if (known.isEmpty()) {
            return new PledgeResult(pack.id(), Verdict.NOT_COVERED, "No statement of this pledge had been published by "
                    + query.asKnownOn() + ".", List.of(), List.of(), List.of(), assumed, null, knownIds, List.of(), 0);
        }
        Statement setter = pack.termSetterOn(query.asKnownOn()).orElseThrow();
        Term term = setter.term();
        TermReport termReport = new TermReport(term.from(), term.until(), term.untilFurtherNotice(), setter.id(),
                term.clause());
        if (!term.contains(query.useDate())) {
            Reason reason = new Reason("term-in-force", FindingKind.LIMITS, term.clause(),
                    term.clause() == null ? null : pack.clause(term.clause()).orElseThrow().text(), null, List.of(),
                    explainer.source(pack, setter.id()));
            String because = "The use date " + query.useDate() + " falls outside the pledge's term ("
                    + term.describe() + "), set by " + setter.id() + " as known on " + query.asKnownOn() + ".";
            return new PledgeResult(pack.id(), Verdict.NOT_COVERED, because, List.of(reason), List.of(), List.of(),
                    assumed, termReport, knownIds, List.of(), 0);
        }
        long count = FactWorlds.count(query);
        if (count > worldLimit) {
            List<MissingFact> unknown = FactWorlds.unknownFields(query).stream()
                    .map(f -> new MissingFact(f, Map.of())).toList();
            String because = "Too many facts are missing: " + count + " combinations exceed the limit of "
                    + worldLimit + "; give more of " + unknown.stream().map(m -> m.field()).toList() + ".";
            return new PledgeResult(pack.id(), Verdict.UNDETERMINED, because, List.of(), List.of(), unknown, assumed,
                    termReport, knownIds, List.of(), 0);
        }
        List<FactWorlds.World> worlds = FactWorlds.enumerate(query, pack.firstPublished());
        List<WorldOutcome> outcomes = new ArrayList<>(worlds.size());
        TreeSet<String> fired = new TreeSet<>();
        TimeLimit limit = TimeLimit.startingNow(ruleTimeLimit);
        try {
            for (FactWorlds.World w : worlds) {
                WorldFindings f = compiled.fire(w.use(), knownIds, pack.firstPublished(), limit);
                outcomes.add(new WorldOutcome(w.unknowns(), f.findings()));
                fired.addAll(f.rulesFired());
            }
        } catch (RuleFailure e) {
            return PledgeResult.failed(pack.id(), new EvaluationError(e.kind().name(), e.rule(), e.getMessage()),
                    assumed, termReport, knownIds);
        }
        Resolution r;
        try {
            r = resolver.resolve(pack, outcomes, assumed);
        } catch (TooManyReadingsException e) {
            String because = "Too many open questions bear on this use: " + e.questions() + " give at least "
                    + e.cells() + " combinations of readings and worlds, over the limit of " + e.limit()
                    + "; assume readings for some of them.";
            return new PledgeResult(pack.id(), Verdict.UNDETERMINED, because, List.of(), List.of(), List.of(), assumed,
                    termReport, knownIds, List.copyOf(fired), worlds.size());
        }
        List<Reason> reasons = r.findings().stream().map(f -> explainer.reason(pack, f)).toList();
        return new PledgeResult(pack.id(), r.verdict(), explainer.because(pack, r, query.asKnownOn(), assumed),
                reasons, r.openQuestions(), r.missingFacts(), assumed, termReport, knownIds, List.copyOf(fired),
                worlds.size());
    }
}
