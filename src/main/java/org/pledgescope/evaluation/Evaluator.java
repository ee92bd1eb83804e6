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
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import org.pledgescope.engine.CompiledPack;
import org.pledgescope.engine.RuleFailure;
import org.pledgescope.engine.RuleGuard;
import org.pledgescope.engine.TimeLimit;
import org.pledgescope.engine.WorldFindings;
import org.pledgescope.engine.facts.RuleFinding;
import org.pledgescope.pack.Pack;
import org.pledgescope.pack.Settlement;
import org.pledgescope.query.FieldError;
import org.pledgescope.query.InvalidQueryException;
import org.pledgescope.query.Query;
import org.pledgescope.table.PackTable;
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
import org.pledgescope.verdict.RenderedResult;
import org.pledgescope.verdict.Resolution;
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
    private final Bounds bounds;
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
        this.bounds = new Bounds(worldLimit, cellLimit);
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
        if (packs.size() == 1) {
            // One pledge: a class's result is shared by its queries, with its JSON kept once written.
            return new Decision(
                    decisionId(),
                    rules.revision(),
                    query,
                    answer(rules, query, rules.engine(packs.get(0).pack().id())));
        }
        List<PledgeResult> results = new ArrayList<>();
        for (LoadedPack pack : packs) {
            results.add(answer(rules, query, rules.engine(pack.pack().id())).get(0));
        }
        return new Decision(decisionId(), rules.revision(), query, List.copyOf(results));
    }

    /**
     * What decides the answer in each fully known world of {@code pack} (for answering many at once, each key once);
     * null when this evaluator does not read tables or the pack has none.
     */
    public CellKeys cellKeys(RuleSet rules, String pack) {
        PackEngine engine = direct ? null : rules.engine(pack);
        PackTable table = engine == null ? null : engine.table();
        return table == null ? null : new CellKeys(engine, table, ruleTimeLimit);
    }

    /**
     * What decides a fully known query's result ({@link CellKeys}): the pledge, the dates, and the table's key of the
     * findings (null when the rules are not asked: nothing known yet, or outside the term).
     */
    record ResultKey(String pack, LocalDate asKnownOn, LocalDate useDate, Object findings) {}

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
        if (query.pledge() != null && query.assume().isEmpty()) {
            List<LoadedPack> one = rules.only(query.pledge());
            if (one != null) {
                return one;
            }
        }
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

    /** The readings the query assumes of this pack's questions, by question (another pack's are not this one's). */
    private static Map<String, String> assumedOf(Pack pack, Query query) {
        Map<String, String> assumed = new TreeMap<>();
        query.assume().forEach((q, r) -> {
            if (pack.question(q).isPresent()) {
                assumed.put(q, r);
            }
        });
        return assumed;
    }

    /** One pack's result, as a list of one: shared by every query of its class that gets the same sentence. */
    private List<PledgeResult> answer(RuleSet rules, Query query, PackEngine engine) {
        Pack pack = engine.pack();
        Map<String, String> assumed = query.assume().isEmpty() ? Map.of() : assumedOf(pack, query);
        Timeline.Moment m = engine.timeline().at(query.asKnownOn(), query.useDate());
        if (m.known().isEmpty()) {
            return List.of(
                    PledgeResult.nothingKnownYet(pack.id(), explainer.nothingKnownYet(query.asKnownOn()), assumed));
        }
        if (!m.inTerm()) {
            return List.of(PledgeResult.outsideTerm(
                    pack.id(),
                    explainer.outsideTerm(
                            query.useDate(), m.setter().term(), m.setter().id(), query.asKnownOn()),
                    explainer.termReason(pack, m.setter()),
                    assumed,
                    m.term(),
                    m.known(),
                    m.pending()));
        }
        PackTable table = direct ? null : engine.table();
        TabledWorlds worlds = table == null ? null : TabledWorlds.of(engine, table, query);
        int useClass = engine.space().useDate().classOf(query.useDate());
        Object worldsKey;
        try {
            worldsKey = worlds == null ? null : worlds.answerKey(engine, m.applying(), ruleTimeLimit);
        } catch (RuleFailure e) {
            return List.of(PledgeResult.failed(pack.id(), failure(e).error(), assumed, m.term(), m.known()));
        }
        ResolvedKey key = worlds == null ? null : new ResolvedKey(m.applyingId(), useClass, worldsKey, assumed, bounds);
        Resolved seen = key == null ? null : (Resolved) engine.resolved.get(key);
        if (seen == null) {
            seen = worlds != null
                    ? resolveTabled(engine, query, m, worlds, assumed)
                    : resolveFired(engine, query, m, assumed);
            if (seen.error() != null) {
                return List.of(PledgeResult.failed(pack.id(), seen.error(), assumed, m.term(), m.known()));
            }
            if (key != null) {
                if (engine.resolved.size() >= MAX_RESOLVED) {
                    engine.resolved.clear();
                }
                engine.resolved.put(key, seen);
            }
        }
        Resolved r = seen;
        LocalDate day = r.because() != null && r.because().namesTheDay() ? query.asKnownOn() : null;
        PledgeResult result = result(pack, r, m, day);
        if (key == null) {
            return List.of(result);
        }
        // Every query of the class and moment writes the same JSON but for its sentence: kept once, per moment.
        Explainer.Sentence sentence =
                r.because() != null ? r.because() : new Explainer.Sentence(result.because(), null);
        return RenderedResult.of(
                r.shapes().computeIfAbsent(m, k -> new RenderedResult.Shape(result, sentence)), result, day);
    }

    private PledgeResult result(Pack pack, Resolved seen, Timeline.Moment m, LocalDate day) {
        if (seen.overBound() != null) {
            return PledgeResult.overBound(
                    pack.id(),
                    seen.overBound(),
                    seen.missing(),
                    seen.assumed(),
                    seen.unused(),
                    m.term(),
                    m.known(),
                    m.pending(),
                    seen.fired(),
                    seen.worlds());
        }
        return PledgeResult.resolved(
                pack.id(),
                seen.resolution(),
                seen.because().text(day),
                seen.reasons(),
                seen.missing(),
                seen.assumed(),
                seen.unused(),
                m.term(),
                m.known(),
                m.pending(),
                seen.fired(),
                seen.worlds());
    }

    /**
     * The evaluator's bounds on worlds and on worlds × readings: a result made within one evaluator's bounds may be
     * past another's, so they are part of a class's key.
     */
    private record Bounds(int worlds, long cells) {}

    /**
     * Past this many resolved results per pack (each one to two kilobytes) the memo of them starts afresh: 50,000, or
     * fewer on a small heap, so that the memos of every pack together stay a small part of it (2,048 a pack on a
     * 256 MiB heap). A batch needs a few hundred; maps and partial queries are what fill it.
     */
    static final int MAX_RESOLVED =
            (int) Math.max(1_024, Math.min(50_000, Runtime.getRuntime().maxMemory() / (128 * 1024)));

    /**
     * A class of queries: the statements applying, the class of the use date, what the table says of its worlds (for a
     * fully known query, the findings of its one world; else each axis's class, or unknown, or a value set), the
     * readings assumed and the evaluator's bounds. Every query with the same key has the same result apart from its
     * {@code because}, which may name its own asKnownOn day.
     */
    private record ResolvedKey(int applying, int useDate, Object worlds, Map<String, String> assumed, Object bounds) {}

    /**
     * What a class of queries resolves to: the resolution, what the result shows, the readings it was computed under
     * ({@code assumed}, less those without effect) and its sentence for any day; {@code overBound} or {@code error}
     * when it was not resolved. {@code shapes} keeps the JSON of the results made from it, but for their sentence, by the
     * statements' moment (the rest of what a result shows): at most one per moment of the pack's timeline.
     */
    private record Resolved(
            Resolution resolution,
            List<Reason> reasons,
            List<String> fired,
            Map<String, String> assumed,
            List<UnusedAssumption> unused,
            List<MissingFact> missing,
            int worlds,
            Explainer.Sentence because,
            String overBound,
            EvaluationError error,
            Map<Timeline.Moment, RenderedResult.Shape> shapes) {}

    /** The table's answer: the query's classes, combined where facts are unknown; no rule fires (unless a cell is empty). */
    private Resolved resolveTabled(
            PackEngine engine, Query query, Timeline.Moment m, TabledWorlds worlds, Map<String, String> assumed) {
        Pack pack = engine.pack();
        List<WorldOutcome> outcomes = new ArrayList<>(worlds.size());
        TreeSet<String> fired = new TreeSet<>();
        try {
            for (int i = 0; i < worlds.size(); i++) {
                WorldFindings f = worlds.findings(engine, m.applying(), i, ruleTimeLimit);
                outcomes.add(new WorldOutcome(
                        worlds.unknowns(i), applyingOn(pack, f.as(Evaluator::findings), query.useDate())));
                fired.addAll(f.rulesFired());
            }
        } catch (RuleFailure e) {
            return failure(e);
        }
        return resolve(
                pack,
                outcomes,
                fired,
                assumed,
                m.applying(),
                worlds.valueWorlds(),
                (r, effective) -> worlds.answers(pack, r, outcomes, effective, resolver));
    }

    /** Firing the rules on every world of the query: the direct evaluator, and packs without a table. */
    private Resolved resolveFired(PackEngine engine, Query query, Timeline.Moment m, Map<String, String> assumed) {
        Pack pack = engine.pack();
        CompiledPack compiled = engine.compiledRules();
        List<FactWorlds.Dimension> dims =
                FactWorlds.dimensions(query, factsOf(engine), engine::valuesNamed, engine::cuts, pack.firstPublished());
        long count = FactWorlds.count(dims);
        if (!direct && count > worldLimit) {
            List<MissingFact> unknown = dims.stream()
                    .filter(FactWorlds.Dimension::unknown)
                    .map(d -> new MissingFact(d.field(), Map.of()))
                    .toList();
            return new Resolved(
                    null,
                    List.of(),
                    List.of(),
                    assumed,
                    List.of(),
                    unknown,
                    0,
                    null,
                    explainer.tooManyFacts(
                            count,
                            worldLimit,
                            unknown.stream().map(MissingFact::field).toList()),
                    null,
                    new ConcurrentHashMap<>());
        }
        List<FactWorlds.World> all = FactWorlds.enumerate(dims);
        List<WorldOutcome> outcomes = new ArrayList<>(all.size());
        TreeSet<String> fired = new TreeSet<>();
        try {
            for (FactWorlds.World w : all) {
                // The limit is per world: a query over many worlds on a busy machine is slow, not stuck.
                TimeLimit limit = TimeLimit.startingNow(ruleTimeLimit);
                WorldFindings f = direct
                        ? compiled.fireUncached(w.facts(), query.useDate(), m.applying(), pack.firstPublished(), limit)
                        : compiled.fire(w.facts(), query.useDate(), m.applying(), pack.firstPublished(), limit);
                outcomes.add(
                        new WorldOutcome(w.unknowns(), applyingOn(pack, f.as(Evaluator::findings), query.useDate())));
                fired.addAll(f.rulesFired());
            }
        } catch (RuleFailure e) {
            return failure(e);
        }
        return resolve(
                pack,
                outcomes,
                fired,
                assumed,
                m.applying(),
                all.size(),
                (r, effective) -> answers(pack, r, dims, outcomes, effective));
    }

    private static List<org.pledgescope.vocabulary.Fact> factsOf(PackEngine engine) {
        return engine.vocabulary().factsOf(engine.pack().id());
    }

    private static Resolved failure(RuleFailure e) {
        return new Resolved(
                null,
                List.of(),
                List.of(),
                Map.of(),
                List.of(),
                List.of(),
                0,
                null,
                null,
                new EvaluationError(e.kind().name(), e.rule(), e.getMessage()),
                new ConcurrentHashMap<>());
    }

    /** The answers to each missing fact of a resolution, under the readings assumed. */
    @FunctionalInterface
    interface MissingAnswers {
        List<MissingFact> of(Resolution r, Map<String, String> assumed);
    }

    /** Resolves worlds' outcomes into a class's result; {@code missingAnswers} gives the missing facts' answers. */
    private Resolved resolve(
            Pack pack,
            List<WorldOutcome> outcomes,
            TreeSet<String> fired,
            Map<String, String> assumedIn,
            List<String> applying,
            int worldCount,
            MissingAnswers missingAnswers) {
        Map<String, String> assumed = new TreeMap<>(assumedIn);
        List<UnusedAssumption> unused = unusedAssumptions(pack, outcomes, assumed, applying);
        unused.forEach(u -> assumed.remove(u.question()));
        List<String> firedList = RenderedList.of(List.copyOf(fired));
        Resolution r;
        try {
            r = resolver.resolve(pack, outcomes, assumed);
        } catch (TooManyReadingsException e) {
            return new Resolved(
                    null,
                    List.of(),
                    firedList,
                    java.util.Collections.unmodifiableMap(new TreeMap<>(assumed)),
                    unused,
                    List.of(),
                    worldCount,
                    null,
                    explainer.tooManyReadings(e),
                    null,
                    new ConcurrentHashMap<>());
        }
        List<Reason> reasons = RenderedList.of(
                r.findings().stream().map(f -> explainer.reason(pack, f)).toList());
        List<MissingFact> missing = RenderedList.of(missingAnswers.of(r, assumed));
        Map<String, String> effective = java.util.Collections.unmodifiableMap(new TreeMap<>(assumed));
        return new Resolved(
                r,
                reasons,
                firedList,
                effective,
                unused,
                missing,
                worldCount,
                explainer.because(pack, r, effective, unused),
                null,
                null,
                new ConcurrentHashMap<>());
    }

    /**
     * For explaining a result, not for deciding it: each world of facts the pledge's rules were fired on for this
     * query (the values tried for its unknown facts), the rules that fired in it and the findings they made. Empty
     * when the rules did not run (nothing known yet, outside the term, too many worlds).
     */
    public List<String> worldTrace(RuleSet rules, Query query, String packId) {
        PackEngine engine = rules.engine(packId);
        if (engine == null) {
            return List.of();
        }
        Pack pack = engine.pack();
        Timeline.Moment m = engine.timeline().at(query.asKnownOn(), query.useDate());
        CompiledPack compiled = m.known().isEmpty() || !m.inTerm() ? null : engine.compiledRules();
        if (compiled == null) {
            return List.of();
        }
        List<FactWorlds.Dimension> dims =
                FactWorlds.dimensions(query, factsOf(engine), engine::valuesNamed, engine::cuts, pack.firstPublished());
        if (FactWorlds.count(dims) > worldLimit) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        for (FactWorlds.World w : FactWorlds.enumerate(dims)) {
            WorldFindings f = compiled.fire(w.facts(), query.useDate(), m.applying(), pack.firstPublished());
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
