package org.pledgescope.evaluation;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReferenceArray;
import org.pledgescope.engine.CompiledPack;
import org.pledgescope.engine.TimeLimit;
import org.pledgescope.engine.WorldFindings;
import org.pledgescope.query.OneOf;
import org.pledgescope.query.Query;
import org.pledgescope.verdict.MissingFact;
import org.pledgescope.verdict.Reason;
import org.pledgescope.verdict.Resolution;
import org.pledgescope.verdict.UnusedAssumption;

/**
 * The fast path: a pack's findings by class of world. A world's facts fall in one class per fact
 * ({@link QuerySpace}), so (the statements known, the class of each fact) names everything the rules can see. Drools fires once per
 * class, on the class's representative values, the first time a query lands in it; every later query in it,
 * whatever its exact dates and country, reads the findings from a slot. Unknown facts and assumptions are
 * answered by combining these slots: no rule fires again.
 *
 * <p>Only for packs whose rules do not read the use date itself (then the classes are exact); the evaluator
 * fires such packs world by world as before.
 */
final class ClassTable {
    /** Past this many classes per set of known statements the table is not built (the memo still applies). */
    static final long MAX_CLASSES = 1 << 22;

    private final CompiledPack compiled;
    private final List<QuerySpace.Axis> axes;
    private final String[] paths;
    private final int[] stride;
    private final int size;
    private final Map<List<String>, AtomicReferenceArray<WorldFindings>> slots = new ConcurrentHashMap<>();
    private final QuerySpace.Axis useDates;
    private final Map<Key, Resolved> resolved = new ConcurrentHashMap<>();

    /** Past this many resolved results (each about a kilobyte) the cache of them starts afresh. */
    static final int MAX_RESOLVED = 50_000;

    /**
     * A query's class: the statements known, the class of the use date among the pack's dates, the class of every
     * fact ({@code world}, when every fact is known) or, fact by fact, its class, {@link #UNKNOWN} or the value set
     * it is known only as ({@code partial}), and the readings assumed. Every query with the same key has the same
     * verdict, reasons, missing facts and rules fired; only its {@code because} may name its own asKnownOn day.
     */
    record Key(
            List<String> known,
            int useDate,
            int world,
            List<Object> partial,
            Map<String, String> assumed,
            Bounds bounds) {}

    /**
     * The evaluator's bounds on worlds and on worlds × readings: a result made within one evaluator's bounds may be
     * past another's, so they are part of the key.
     */
    record Bounds(int worlds, long cells) {}

    /** A fact the query leaves unknown, in a {@link Key}'s {@code partial}. */
    static final String UNKNOWN = "?";

    /** What a key's queries resolve to, apart from the sentence. */
    record Resolved(
            Resolution resolution,
            List<Reason> reasons,
            List<String> fired,
            List<UnusedAssumption> unused,
            List<MissingFact> missing,
            int worlds) {}

    private ClassTable(CompiledPack compiled, QuerySpace space) {
        this.compiled = compiled;
        this.axes = space.factAxes();
        this.paths = new String[axes.size()];
        this.stride = new int[axes.size()];
        int s = 1;
        for (int i = axes.size() - 1; i >= 0; i--) {
            paths[i] = axes.get(i).field();
            stride[i] = s;
            s *= axes.get(i).size();
        }
        this.size = s;
        this.useDates = space.useDate();
    }

    /** The table for a pack, or null when its classes are not exact (its rules read the use date) or too many. */
    static ClassTable of(CompiledPack compiled, QuerySpace space) {
        if (compiled.readsUseDate() || space.factWorlds() > MAX_CLASSES) {
            return null;
        }
        return new ClassTable(compiled, space);
    }

    /** The findings of the world {@code facts} (by path) with the first {@code known} statements known. */
    WorldFindings findings(
            Map<String, Object> facts, List<String> known, LocalDate useDate, LocalDate announced, TimeLimit limit) {
        int index = 0;
        for (int i = 0; i < paths.length; i++) {
            int c = axes.get(i).classOf(facts.get(paths[i]));
            if (c < 0) {
                return compiled.fire(facts, useDate, known, announced, limit);
            }
            index += c * stride[i];
        }
        AtomicReferenceArray<WorldFindings> table = slots.computeIfAbsent(known, k -> new AtomicReferenceArray<>(size));
        WorldFindings f = table.get(index);
        if (f == null) {
            f = compiled.fireUncached(representative(index), useDate, known, announced, limit);
            table.compareAndSet(index, null, f);
        }
        return f;
    }

    /** The key of a query, or null when one of its values is in no class of the pack's space. */
    Key keyOf(Query query, List<String> known, Map<String, String> assumed, Bounds bounds) {
        int index = 0;
        Object[] partial = null;
        for (int i = 0; i < paths.length; i++) {
            Object v = query.fact(paths[i]);
            Object item;
            if (v == null) {
                item = UNKNOWN;
            } else if (v instanceof OneOf set) {
                for (String value : set.values()) {
                    if (axes.get(i).classOf(value) < 0) {
                        return null;
                    }
                }
                item = set;
            } else {
                int c = axes.get(i).classOf(v);
                if (c < 0) {
                    return null;
                }
                index += c * stride[i];
                item = c;
            }
            if (!(item instanceof Integer) && partial == null) {
                partial = new Object[paths.length];
                for (int j = 0; j < i; j++) {
                    partial[j] = axes.get(j).classOf(query.fact(paths[j]));
                }
            }
            if (partial != null) {
                partial[i] = item;
            }
        }
        int useDate = useDates.classOf(query.useDate());
        return partial == null
                ? new Key(known, useDate, index, null, Map.copyOf(assumed), bounds)
                : new Key(known, useDate, -1, List.of(partial), Map.copyOf(assumed), bounds);
    }

    Resolved resolved(Key key) {
        return resolved.get(key);
    }

    void remember(Key key, Resolved r) {
        if (resolved.size() >= MAX_RESOLVED) {
            resolved.clear();
        }
        resolved.put(key, r);
    }

    /** How many results are remembered (for tests: a query in a class already answered adds none). */
    int remembered() {
        return resolved.size();
    }

    /** How many classes have been fired so far (for tests: a query in a class already seen fires nothing). */
    long filled() {
        long n = 0;
        for (AtomicReferenceArray<WorldFindings> t : slots.values()) {
            for (int i = 0; i < t.length(); i++) {
                n += t.get(i) == null ? 0 : 1;
            }
        }
        return n;
    }

    private Map<String, Object> representative(int index) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (int i = 0; i < paths.length; i++) {
            out.put(
                    paths[i],
                    axes.get(i)
                            .classes()
                            .get(index / stride[i] % axes.get(i).size())
                            .value());
        }
        return out;
    }
}
