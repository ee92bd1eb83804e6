package org.pledgescope.evaluation;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReferenceArray;
import org.pledgescope.engine.CompiledPack;
import org.pledgescope.engine.WorldFindings;

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
    }

    /** The table for a pack, or null when its classes are not exact (its rules read the use date) or too many. */
    static ClassTable of(CompiledPack compiled, QuerySpace space) {
        if (compiled.readsUseDate() || space.factWorlds() > MAX_CLASSES) {
            return null;
        }
        return new ClassTable(compiled, space);
    }

    /** The findings of the world {@code facts} (by path) with the first {@code known} statements known. */
    WorldFindings findings(Map<String, Object> facts, List<String> known, LocalDate useDate, LocalDate announced) {
        int index = 0;
        for (int i = 0; i < paths.length; i++) {
            int c = axes.get(i).classOf(facts.get(paths[i]));
            if (c < 0) {
                return compiled.fire(facts, useDate, known, announced);
            }
            index += c * stride[i];
        }
        AtomicReferenceArray<WorldFindings> table = slots.computeIfAbsent(known, k -> new AtomicReferenceArray<>(size));
        WorldFindings f = table.get(index);
        if (f == null) {
            f = compiled.fireUncached(representative(index), useDate, known, announced);
            table.compareAndSet(index, null, f);
        }
        return f;
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
            out.put(paths[i], axes.get(i).classes().get(index / stride[i] % axes.get(i).size()).value());
        }
        return out;
    }
}
