package org.pledgescope.evaluation;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.pledgescope.engine.CompiledPack;
import org.pledgescope.engine.RuleFailure;
import org.pledgescope.engine.RuleGuard;
import org.pledgescope.engine.TimeLimit;
import org.pledgescope.engine.WorldFindings;
import org.pledgescope.engine.facts.RuleFinding;
import org.pledgescope.pack.Pack;
import org.pledgescope.pack.Settlement;
import org.pledgescope.pack.Statement;
import org.pledgescope.query.FieldError;
import org.pledgescope.query.InvalidQueryException;
import org.pledgescope.query.Query;
import org.pledgescope.verdict.Decision;
import org.pledgescope.verdict.EvaluationError;
import org.pledgescope.verdict.Explainer;
import org.pledgescope.verdict.FactAnswer;
import org.pledgescope.verdict.Finding;
import org.pledgescope.verdict.FindingKind;
import org.pledgescope.verdict.MissingFact;
import org.pledgescope.verdict.PledgeResult;
import org.pledgescope.verdict.Reason;
import org.pledgescope.verdict.RenderedList;
import org.pledgescope.verdict.Resolution;
import org.pledgescope.verdict.TermReport;
import org.pledgescope.verdict.TooManyReadingsException;
import org.pledgescope.verdict.UnusedAssumption;
import org.pledgescope.verdict.Verdict;
import org.pledgescope.verdict.VerdictResolver;
import org.pledgescope.verdict.WorldOutcome;

/**
 * The one boundary every front end calls: {@code evaluate(ruleSet, query) → decision}. Stateless and
 * thread-safe: a caller passes the rule set to answer from, so one evaluation never mixes two rule sets.
 */
public final class Evaluator {
    /** The default bound on worlds of unknown facts evaluated for one pledge. */
    public static final int DEFAULT_WORLD_LIMIT = 1_000;

    private final int worldLimit;
    private final ClassTable.Bounds bounds;
    private final VerdictResolver resolver;
    private final Duration ruleTimeLimit;
    private final boolean direct;
    private final Explainer explainer = new Explainer();

    public Evaluator() {
        this(DEFAULT_WORLD_LIMIT);
    }

    public Evaluator(int worldLimit) {
        this(worldLimit, VerdictResolver.DEFAULT_CELL_LIMIT);
    }

    /** With a bound on worlds of unknown facts and on worlds × combinations of open questions' readings. */
    public Evaluator(int worldLimit, long cellLimit) {
        this(worldLimit, cellLimit, TimeLimit.DEFAULT);
    }

    /**
     * As above, and a limit on the time one pack's rules may run on one world of a query (past it, that pack's result
     * is an error).
     */
    public Evaluator(int worldLimit, long cellLimit, Duration ruleTimeLimit) {
        this(worldLimit, cellLimit, ruleTimeLimit, false);
    }

    private Evaluator(int worldLimit, long cellLimit, Duration ruleTimeLimit, boolean direct) {
        this.direct = direct;
        this.ruleTimeLimit = ruleTimeLimit;
        this.worldLimit = worldLimit;
        this.bounds = new ClassTable.Bounds(worldLimit, cellLimit);
        this.resolver = new VerdictResolver(cellLimit);
    }

    /**
     * An evaluator that fires the rules afresh for every world of every query: no class table, no memo. Slow; the
     * reference the fast path is tested against.
     */
    public static Evaluator direct() {
        return new Evaluator(DEFAULT_WORLD_LIMIT, VerdictResolver.DEFAULT_CELL_LIMIT, TimeLimit.DEFAULT, true);
    }

    /** Threads still running some pack's rules past the time limit (a rule stuck in a loop the engine cannot halt). */
    public static long stuckRuleThreads() {
        return RuleGuard.stuckThreads();
    }

    public Decision evaluate(RuleSet rules, Query query) {
        List<LoadedPack> packs = select(query, rules);
        List<PledgeResult> results = new ArrayList<>();
        for (LoadedPack pack : packs) {
            results.add(evaluate(rules, query, rules.compiled(pack.pack().id())));
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

    private List<LoadedPack> select(Query query, RuleSet rules) {
        List<FieldError> errors = new ArrayList<>();
        List<LoadedPack> packs;
        if (query.pledge() == null) {
            packs = rules.packs();
        } else {
            packs = rules.pack(query.pledge()).map(List::of).orElse(List.of());
            if (packs.isEmpty()) {
                errors.add(new FieldError(
                        "pledge", "unknown pledge '" + query.pledge() + "'; loaded: " + rules.packIds()));
            }
        }
        List<Pack> scope = (packs.isEmpty() ? rules.packs() : packs)
                .stream().map(LoadedPack::pack).toList();
        errors.addAll(Assumptions.check(scope, query.assume(), "assume"));
        if (!errors.isEmpty()) {
            throw new InvalidQueryException(errors);
        }
        return packs;
    }

    private PledgeResult evaluate(RuleSet rules, Query query, CompiledPack compiled) {
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
            return PledgeResult.nothingKnownYet(pack.id(), explainer.nothingKnownYet(query.asKnownOn()), assumed);
        }
        // Semantics 6: an amendment known on asKnownOn but applying from after the use date takes no part.
        List<String> applyingIds = pack.applyingTo(query.useDate(), query.asKnownOn()).stream()
                .map(Statement::id)
                .toList();
        List<String> pending = applyingIds.size() == knownIds.size()
                ? null
                : knownIds.stream().filter(id -> !applyingIds.contains(id)).toList();
        Statement setter = pack.termSetter(query.useDate(), query.asKnownOn()).orElseThrow();
        TermReport term = new TermReport(
                setter.term().from(),
                setter.term().until(),
                setter.term().untilFurtherNotice(),
                setter.id(),
                setter.term().clause());
        if (!setter.term().contains(query.useDate())) {
            return PledgeResult.outsideTerm(
                    pack.id(),
                    explainer.outsideTerm(query.useDate(), setter.term(), setter.id(), query.asKnownOn()),
                    explainer.termReason(pack, setter),
                    assumed,
                    term,
                    knownIds,
                    pending);
        }
        ClassTable table = direct ? null : rules.table(pack.id());
        ClassTable.Key key = table == null ? null : table.keyOf(query, applyingIds, assumed, bounds);
        ClassTable.Resolved seen = key == null ? null : table.resolved(key);
        if (seen != null) {
            Map<String, String> effective = new TreeMap<>(assumed);
            seen.unused().forEach(u -> effective.remove(u.question()));
            return PledgeResult.resolved(
                    pack.id(),
                    seen.resolution(),
                    explainer.because(pack, seen.resolution(), query.asKnownOn(), effective, seen.unused()),
                    seen.reasons(),
                    seen.missing(),
                    effective,
                    seen.unused(),
                    term,
                    knownIds,
                    pending,
                    seen.fired(),
                    seen.worlds());
        }
        List<FactWorlds.Dimension> dims = FactWorlds.dimensions(
                query, rules.vocabulary().factsOf(pack.id()), compiled::valuesNamed, pack.firstPublished());
        long count = FactWorlds.count(dims);
        if (count > worldLimit) {
            List<MissingFact> unknown = dims.stream()
                    .filter(FactWorlds.Dimension::unknown)
                    .map(d -> new MissingFact(d.field(), Map.of()))
                    .toList();
            return PledgeResult.overBound(
                    pack.id(),
                    explainer.tooManyFacts(
                            count,
                            worldLimit,
                            unknown.stream().map(MissingFact::field).toList()),
                    unknown,
                    assumed,
                    null,
                    term,
                    knownIds,
                    pending,
                    List.of(),
                    0);
        }
        List<FactWorlds.World> worlds = FactWorlds.enumerate(dims);
        List<WorldOutcome> outcomes = new ArrayList<>(worlds.size());
        TreeSet<String> fired = new TreeSet<>();
        try {
            for (FactWorlds.World w : worlds) {
                // The limit is per world: a query over many worlds on a busy machine is slow, not stuck.
                TimeLimit limit = TimeLimit.startingNow(ruleTimeLimit);
                WorldFindings f = direct
                        ? compiled.fireUncached(w.facts(), query.useDate(), applyingIds, pack.firstPublished(), limit)
                        : table != null
                                ? table.findings(w.facts(), applyingIds, query.useDate(), pack.firstPublished(), limit)
                                : compiled.fire(w.facts(), query.useDate(), applyingIds, pack.firstPublished(), limit);
                outcomes.add(
                        new WorldOutcome(w.unknowns(), applyingOn(pack, f.as(Evaluator::findings), query.useDate())));
                fired.addAll(f.rulesFired());
            }
        } catch (RuleFailure e) {
            return PledgeResult.failed(
                    pack.id(), new EvaluationError(e.kind().name(), e.rule(), e.getMessage()), assumed, term, knownIds);
        }
        List<UnusedAssumption> unused = unusedAssumptions(pack, outcomes, assumed, applyingIds);
        unused.forEach(u -> assumed.remove(u.question()));
        Resolution r;
        try {
            r = resolver.resolve(pack, outcomes, assumed);
        } catch (TooManyReadingsException e) {
            return PledgeResult.overBound(
                    pack.id(),
                    explainer.tooManyReadings(e),
                    List.of(),
                    assumed,
                    unused,
                    term,
                    knownIds,
                    pending,
                    List.copyOf(fired),
                    worlds.size());
        }
        List<Reason> reasons =
                r.findings().stream().map(f -> explainer.reason(pack, f)).toList();
        List<MissingFact> missing = answers(pack, r, dims, outcomes, assumed);
        List<String> firedList = List.copyOf(fired);
        if (key != null) {
            // Kept for the class: every later query in it shares these lists, and writes their JSON once.
            reasons = RenderedList.of(reasons);
            missing = RenderedList.of(missing);
            firedList = RenderedList.of(firedList);
            table.remember(key, new ClassTable.Resolved(r, reasons, firedList, unused, missing, worlds.size()));
        }
        return PledgeResult.resolved(
                pack.id(),
                r,
                explainer.because(pack, r, query.asKnownOn(), assumed, unused),
                reasons,
                missing,
                assumed,
                unused,
                term,
                knownIds,
                pending,
                firedList,
                worlds.size());
    }

    /**
     * For explaining a result, not for deciding it: each world of facts the pledge's rules were fired on for this
     * query (the values tried for its unknown facts), the rules that fired in it and the findings they made. Empty
     * when the rules did not run (nothing known yet, outside the term, too many worlds).
     */
    public List<String> worldTrace(RuleSet rules, Query query, String packId) {
        CompiledPack compiled = rules.compiled(packId);
        if (compiled == null) {
            return List.of();
        }
        Pack pack = compiled.pack();
        if (pack.knownOn(query.asKnownOn()).isEmpty()
                || !pack.termSetter(query.useDate(), query.asKnownOn())
                        .orElseThrow()
                        .term()
                        .contains(query.useDate())) {
            return List.of();
        }
        List<String> knownIds = pack.applyingTo(query.useDate(), query.asKnownOn()).stream()
                .map(Statement::id)
                .toList();
        List<FactWorlds.Dimension> dims = FactWorlds.dimensions(
                query, rules.vocabulary().factsOf(pack.id()), compiled::valuesNamed, pack.firstPublished());
        if (FactWorlds.count(dims) > worldLimit) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        for (FactWorlds.World w : FactWorlds.enumerate(dims)) {
            WorldFindings f = compiled.fire(w.facts(), query.useDate(), knownIds, pack.firstPublished());
            String world =
                    w.unknowns().isEmpty() ? "the query's facts" : w.unknowns().toString();
            out.add("world " + world + ": fired " + new TreeSet<>(f.rulesFired()) + "; findings "
                    + f.findings().stream()
                            .map(rf -> rf.kind() + " " + rf.rule()
                                    + (rf.dependsOn().isEmpty() ? "" : " if " + rf.dependsOn()))
                            .toList());
        }
        return out;
    }

    /**
     * Semantics 2: an assumed question that no finding in any world raises or depends on takes no part in the
     * verdict. When a statement known and applying to the use settled it, the note names that statement.
     */
    private static List<UnusedAssumption> unusedAssumptions(
            Pack pack, List<WorldOutcome> outcomes, Map<String, String> assumed, List<String> applyingIds) {
        if (assumed.isEmpty()) {
            return List.of();
        }
        TreeSet<String> raised = new TreeSet<>();
        outcomes.forEach(o -> o.findings().forEach(f -> raised.addAll(f.questions())));
        List<UnusedAssumption> out = new ArrayList<>();
        assumed.forEach((q, reading) -> {
            if (!raised.contains(q)) {
                Settlement s = pack.question(q).orElseThrow().settledBy();
                boolean settled = s != null && applyingIds.contains(s.statement());
                out.add(new UnusedAssumption(q, reading, settled ? s.statement() : null, settled ? s.reading() : null));
            }
        });
        return List.copyOf(out);
    }

    /**
     * A world's findings less those citing a clause of an amendment that applies from after the use date
     * (semantics 6). Applied here, after the world memo, which may leave the use date out of a world; the same
     * list when nothing is dropped.
     */
    private static List<Finding> applyingOn(Pack pack, List<Finding> found, LocalDate useDate) {
        List<Finding> out = null;
        for (int i = 0; i < found.size(); i++) {
            Finding f = found.get(i);
            boolean applies = f.clause() == null
                    || pack.clause(f.clause()).map(c -> c.appliesTo(useDate)).orElse(true);
            if (!applies && out == null) {
                out = new ArrayList<>(found.subList(0, i));
            } else if (applies && out != null) {
                out.add(f);
            }
        }
        return out == null ? found : out;
    }

    private static List<Finding> findings(List<RuleFinding> found) {
        List<Finding> out = new ArrayList<>(found.size());
        for (RuleFinding rf : found) {
            out.add(new Finding(
                    rf.rule(), FindingKind.valueOf(rf.kind().name()), rf.clause(), rf.question(), rf.dependsOn()));
        }
        return List.copyOf(out);
    }

    /**
     * Each missing fact with the answers a client can send back; where every answer leaves the verdict
     * UNDETERMINED, the open questions that still decide it once the fact is given (any value).
     */
    private List<MissingFact> answers(
            Pack pack,
            Resolution r,
            List<FactWorlds.Dimension> dims,
            List<WorldOutcome> outcomes,
            Map<String, String> assumed) {
        List<MissingFact> out = new ArrayList<>();
        for (MissingFact m : r.missingFacts()) {
            FactWorlds.Dimension dim = dims.stream()
                    .filter(d -> d.field().equals(m.field()))
                    .findFirst()
                    .orElseThrow();
            List<FactAnswer> answers = new ArrayList<>();
            Map<String, Verdict> verdicts = new LinkedHashMap<>();
            TreeSet<String> stillOpen = new TreeSet<>();
            for (FactWorlds.Candidate c : dim.candidates()) {
                Verdict v = m.verdicts().get(c.key());
                if (v == null) {
                    continue;
                }
                verdicts.put(c.key(), v);
                answers.add(c.answer().withVerdict(v));
                if (v == Verdict.UNDETERMINED) {
                    List<WorldOutcome> given = outcomes.stream()
                            .filter(o -> c.key().equals(o.unknowns().get(m.field())))
                            .toList();
                    resolver.resolve(pack, given, assumed).openQuestions().forEach(q -> stillOpen.add(q.id()));
                }
            }
            boolean allOpen = answers.stream().allMatch(a -> a.verdict() == Verdict.UNDETERMINED);
            out.add(new MissingFact(m.field(), verdicts, answers, allOpen ? List.copyOf(stillOpen) : List.of()));
        }
        return out;
    }
}
