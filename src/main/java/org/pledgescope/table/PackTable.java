package org.pledgescope.table;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.function.Function;
import java.util.stream.IntStream;
import org.pledgescope.engine.RuleFailure;
import org.pledgescope.engine.TimeLimit;
import org.pledgescope.engine.WorldFindings;
import org.pledgescope.vocabulary.Vocabulary;

/**
 * A pack's compiled decision table: for every set of statements that can apply to a use and every class of world
 * ({@link FactClasses}, one per axis), what the pack's rules find there. Built once per revision by firing the rules on
 * one representative world per class, or read from the cache ({@link TableStore}); answers, maps, lint and diffs all
 * read it. A cell not yet filled is filled on first use when the rules are at hand ({@link Firing}); a failure is
 * never kept.
 *
 * <p>Thread-safe: cells are filled with compare-and-set, and the findings they point to are interned, so the same
 * findings always have the same {@link #outcome} number.
 */
public final class PackTable {
    /** Fires the pack's rules on one world: its facts by path, the use date, the statements applying. */
    @FunctionalInterface
    public interface Firing {
        WorldFindings fire(Map<String, Object> facts, LocalDate useDate, List<String> known, TimeLimit limit);
    }

    /** Thrown when a cell is empty and no rules are at hand to fill it (a table read from the cache, incomplete). */
    public static final class MissingCell extends RuntimeException {
        MissingCell(String pack) {
            super("the decision table of " + pack + " has no entry here", null, false, false);
        }
    }

    private final String pack;
    private final List<FactClasses> axes;
    private final int[] stride;
    private final int worlds;
    private final int useDateAxis;
    private final Map<List<String>, AtomicIntegerArray> rows = new ConcurrentHashMap<>();
    private final List<WorldFindings> outcomes = Collections.synchronizedList(new ArrayList<>());
    private final Map<WorldFindings, Integer> outcomeIds = new ConcurrentHashMap<>();
    private final SharedParts shared = new SharedParts();
    private volatile Firing firing;

    public PackTable(String pack, List<FactClasses> axes, Firing firing) {
        this.pack = pack;
        this.axes = List.copyOf(axes);
        this.stride = new int[axes.size()];
        long s = 1;
        int useDate = -1;
        for (int i = axes.size() - 1; i >= 0; i--) {
            stride[i] = (int) s;
            s *= axes.get(i).size();
            if (s > Integer.MAX_VALUE / 4) {
                throw new IllegalArgumentException(pack + ": " + s + " classes of worlds, too many for a table");
            }
            if (axes.get(i).path().equals(Vocabulary.USE_DATE)) {
                useDate = i;
            }
        }
        this.worlds = (int) s;
        this.useDateAxis = useDate;
        this.firing = firing;
    }

    public String pack() {
        return pack;
    }

    /** The axes: the pack's facts (vocabulary order), then useDate when a rule reads it. */
    public List<FactClasses> axes() {
        return axes;
    }

    /** The number of classes of worlds (the product of the axes' sizes) for one set of statements. */
    public int worlds() {
        return worlds;
    }

    /** How far apart consecutive classes of axis {@code a} are in a world's number. */
    public int stride(int a) {
        return stride[a];
    }

    /** The class of axis {@code a} in world {@code w}. */
    public int classAt(int w, int a) {
        return w / stride[a] % axes.get(a).size();
    }

    /** Whether a rule reads the use date (then it is the last axis). */
    public boolean readsUseDate() {
        return useDateAxis >= 0;
    }

    /** The axis of {@code path}, or -1. */
    public int axis(String path) {
        for (int i = 0; i < axes.size(); i++) {
            if (axes.get(i).path().equals(path)) {
                return i;
            }
        }
        return -1;
    }

    /** The world of a fully known use ({@code value}: each axis's value by path), or -1 when a value is in no class. */
    public int world(Function<String, Object> value) {
        int w = 0;
        for (int i = 0; i < axes.size(); i++) {
            int c = axes.get(i).classOf(value.apply(axes.get(i).path()));
            if (c < 0) {
                return -1;
            }
            w += c * stride[i];
        }
        return w;
    }

    /** The representative facts of world {@code w}, by path (useDate left out: it is passed to the rules apart). */
    public Map<String, Object> facts(int w) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (int i = 0; i < axes.size(); i++) {
            if (i != useDateAxis) {
                out.put(axes.get(i).path(), axes.get(i).representative(classAt(w, i)));
            }
        }
        return out;
    }

    private LocalDate useDateOf(int w) {
        return useDateAxis < 0 ? null : (LocalDate) axes.get(useDateAxis).representative(classAt(w, useDateAxis));
    }

    /**
     * The outcome number of world {@code w} with the statements {@code known} applying: the rules are fired there if
     * the cell is empty. Throws {@link RuleFailure} when the rules fail (nothing is kept), {@link MissingCell} when
     * the cell is empty and no rules are at hand.
     */
    public int outcome(List<String> known, int w, java.time.Duration limit) {
        AtomicIntegerArray row = rows.get(known);
        if (row == null) {
            row = rows.computeIfAbsent(List.copyOf(known), k -> new AtomicIntegerArray(worlds));
        }
        int id = row.get(w);
        if (id > 0) {
            return id - 1;
        }
        Firing f = firing;
        if (f == null) {
            throw new MissingCell(pack);
        }
        int fresh = intern(f.fire(facts(w), useDateOf(w), known, TimeLimit.startingNow(limit)));
        row.compareAndSet(w, 0, fresh + 1);
        return fresh;
    }

    /** The findings of an outcome number. */
    public WorldFindings findings(int outcome) {
        return outcomes.get(outcome);
    }

    /** How many distinct outcomes the table holds. */
    public int outcomes() {
        return outcomes.size();
    }

    private int intern(WorldFindings f) {
        Integer id = outcomeIds.get(f);
        if (id != null) {
            return id;
        }
        synchronized (outcomes) {
            id = outcomeIds.get(f);
            if (id == null) {
                WorldFindings kept = shared.of(f);
                id = outcomes.size();
                outcomes.add(kept);
                outcomeIds.put(kept, id);
            }
            return id;
        }
    }

    /** Lets the table fill its empty cells with {@code rules} (a table read from the cache, once its pack compiles). */
    public void fillWith(Firing rules) {
        this.firing = rules;
    }

    /** Whether empty cells can be filled (the rules are at hand). */
    public boolean canFill() {
        return firing != null;
    }

    /**
     * Fills every cell of every set in {@code statementSets} on up to {@code threads} threads; true when the table is
     * then complete. A world whose rules fail is left empty (and the table incomplete).
     */
    public boolean fill(List<List<String>> statementSets, int threads, java.time.Duration limit) {
        return fill(statementSets, threads, limit, () -> true);
    }

    /**
     * {@link #fill(List, int, java.time.Duration)}, stopping as soon as {@code wanted} says the table is no longer
     * wanted (checked before each cell); false then.
     */
    public boolean fill(
            List<List<String>> statementSets,
            int threads,
            java.time.Duration limit,
            java.util.function.BooleanSupplier wanted) {
        boolean complete = true;
        for (List<String> known : statementSets) {
            AtomicIntegerArray row = rows.computeIfAbsent(List.copyOf(known), k -> new AtomicIntegerArray(worlds));
            IntStream range = IntStream.range(0, worlds);
            boolean[] failed = new boolean[1];
            Runnable work = () -> (threads > 1 ? range.parallel() : range).forEach(w -> {
                if (row.get(w) == 0) {
                    if (!wanted.getAsBoolean()) {
                        failed[0] = true;
                        return;
                    }
                    try {
                        outcome(known, w, limit);
                    } catch (RuleFailure e) {
                        failed[0] = true;
                    }
                }
            });
            if (threads > 1) {
                java.util.concurrent.ForkJoinPool pool = new java.util.concurrent.ForkJoinPool(threads);
                try {
                    pool.submit(work).join();
                } finally {
                    pool.shutdown();
                }
            } else {
                work.run();
            }
            complete &= !failed[0];
        }
        return complete && isComplete(statementSets);
    }

    /** Whether every cell of every set in {@code statementSets} is filled. */
    public boolean isComplete(List<List<String>> statementSets) {
        for (List<String> known : statementSets) {
            AtomicIntegerArray row = rows.get(known);
            if (row == null) {
                return false;
            }
            for (int w = 0; w < worlds; w++) {
                if (row.get(w) == 0) {
                    return false;
                }
            }
        }
        return true;
    }

    /** How many cells are filled, over every row. */
    public long filled() {
        long n = 0;
        for (AtomicIntegerArray row : rows.values()) {
            for (int w = 0; w < worlds; w++) {
                n += row.get(w) == 0 ? 0 : 1;
            }
        }
        return n;
    }

    /** The statement sets with a row, and each row's outcome numbers (-1 for an empty cell). */
    public Map<List<String>, int[]> rows() {
        Map<List<String>, int[]> out = new LinkedHashMap<>();
        rows.forEach((known, row) -> {
            int[] cells = new int[worlds];
            for (int w = 0; w < worlds; w++) {
                cells[w] = row.get(w) - 1;
            }
            out.put(known, cells);
        });
        return out;
    }

    /** Every outcome, by number. */
    public List<WorldFindings> outcomeList() {
        synchronized (outcomes) {
            return List.copyOf(outcomes);
        }
    }

    /** A table read back: its outcomes and rows as {@link #rows()} and {@link #outcomeList()} gave them. */
    static PackTable restored(
            String pack, List<FactClasses> axes, List<WorldFindings> outcomes, Map<List<String>, int[]> rows) {
        PackTable t = new PackTable(pack, axes, null);
        outcomes.forEach(t::intern);
        rows.forEach((known, cells) -> {
            AtomicIntegerArray row = new AtomicIntegerArray(t.worlds);
            for (int w = 0; w < cells.length; w++) {
                row.set(w, cells[w] + 1);
            }
            t.rows.put(List.copyOf(known), row);
        });
        return t;
    }
}
