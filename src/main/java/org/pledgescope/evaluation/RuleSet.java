package org.pledgescope.evaluation;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.pledgescope.engine.TimeLimit;
import org.pledgescope.vocabulary.Vocabulary;

/**
 * An immutable, fully loaded set of packs: what one evaluation runs against from start to end. It hands out a
 * catalogue ({@link LoadedPack}: each pack's record and rules); each pack's decision table and, when needed, its
 * compiled rules stay with the evaluator ({@link PackEngine}).
 */
public final class RuleSet {
    private final String revision;
    private final Instant loadedAt;
    private final String location;
    private final Vocabulary vocabulary;
    private final Map<String, PackEngine> engines = new LinkedHashMap<>();
    private final List<LoadedPack> packs;
    private final List<String> notes;
    private final Map<String, List<LoadedPack>> onlyPack = new LinkedHashMap<>();

    RuleSet(
            String revision,
            Instant loadedAt,
            String location,
            Vocabulary vocabulary,
            List<PackEngine> engines,
            List<String> notes) {
        this.notes = List.copyOf(notes);
        this.revision = revision;
        this.loadedAt = loadedAt;
        this.location = location;
        this.vocabulary = vocabulary;
        engines.forEach(e -> this.engines.put(e.pack().id(), e));
        this.packs = engines.stream()
                .map(e -> new LoadedPack(e.pack(), e.rules(), e.fromCache()))
                .toList();
        this.packs.forEach(p -> onlyPack.put(p.pack().id(), List.of(p)));
    }

    /** {@code sha256:} over the vocabulary and every pack file: names the content, not where it was loaded from. */
    public String revision() {
        return revision;
    }

    public Instant loadedAt() {
        return loadedAt;
    }

    public String location() {
        return location;
    }

    /** The shared vocabulary with every loaded pack's own facts. */
    public Vocabulary vocabulary() {
        return vocabulary;
    }

    /** Notes on files the loader skipped (editor backups and lock files), to show the person editing. */
    public List<String> notes() {
        return notes;
    }

    public List<LoadedPack> packs() {
        return packs;
    }

    public Optional<LoadedPack> pack(String id) {
        return packs.stream().filter(p -> p.pack().id().equals(id)).findFirst();
    }

    public List<String> packIds() {
        return packs.stream().map(p -> p.pack().id()).toList();
    }

    /** The one pack of that id as a list, or null when there is none (the evaluator then says which are loaded). */
    List<LoadedPack> only(String id) {
        return onlyPack.get(id);
    }

    PackEngine engine(String id) {
        return engines.get(id);
    }

    /** The classes of a pack's query space, as a map shows them (built once per rule set). */
    public QuerySpace space(String id) {
        return QuerySpace.of(this, id);
    }

    /**
     * Builds every pack's decision table that is not complete yet (firing each pack's rules once per class of world, on
     * up to {@code threads} threads) and stores each in the cache; what long-running commands and whole-space readers
     * (map, lint, diff) do before they start. Returns the packs whose table could not be completed (no table, or a
     * rule failed).
     */
    public List<String> completeTables(int threads) {
        return completeTables(threads, TimeLimit.DEFAULT);
    }

    /**
     * {@link #completeTables(int)}, each firing within {@code ruleTimeLimit} (a world whose rules run past it is left
     * empty, and fired again when a query or map reaches it).
     */
    public List<String> completeTables(int threads, Duration ruleTimeLimit) {
        return completeTables(threads, ruleTimeLimit, () -> true);
    }

    /**
     * {@link #completeTables(int, Duration)}, given up as soon as {@code wanted} says the tables are no longer wanted
     * (a newer rule set is served): checked before each cell. The packs not completed are listed.
     */
    public List<String> completeTables(int threads, Duration ruleTimeLimit, java.util.function.BooleanSupplier wanted) {
        List<String> incomplete = new java.util.ArrayList<>();
        for (PackEngine e : engines.values()) {
            if (!wanted.getAsBoolean() || !e.completeTable(threads, ruleTimeLimit, wanted)) {
                incomplete.add(e.pack().id());
            }
        }
        return incomplete;
    }

    /** Compiles every pack whose rules were not compiled to load it (read from its table in the cache). */
    public void compileAll() {
        engines.values().forEach(PackEngine::compiledRules);
    }

    /**
     * Builds one pack's decision table if it is not complete yet (see {@link #completeTables}); true when it is
     * complete (false for a pack answered world by world).
     */
    public boolean completeTable(String id) {
        PackEngine e = engine(id);
        return e != null && e.completeTable(Runtime.getRuntime().availableProcessors(), TimeLimit.DEFAULT);
    }

    /**
     * How the pack's rules group the classes of each axis of a map over its space ({@code axes}: asKnownOn, useDate,
     * then facts): {@code out[a][c]} is the group of class {@code c}; the rules tell no two classes of a group apart,
     * so a map answers one of them for all. Without a decision table every class is a group of its own.
     */
    public int[][] classesOf(String id, List<QuerySpace.Axis> axes) {
        PackEngine e = engine(id);
        org.pledgescope.table.PackTable t = e == null ? null : e.table();
        int[][] out = new int[axes.size()][];
        for (int a = 0; a < axes.size(); a++) {
            QuerySpace.Axis axis = axes.get(a);
            int ta = a < 2 || t == null ? -1 : t.axis(axis.field());
            out[a] = new int[axis.size()];
            for (int c = 0; c < axis.size(); c++) {
                int g = ta < 0
                        ? -1
                        : t.axes().get(ta).classOf(axis.classes().get(c).value());
                out[a][c] = g < 0 ? 1_000_000 + c : g;
            }
        }
        return out;
    }

    /** The classes of each axis of the pack's decision table (of its rules, when it has no table). */
    public List<org.pledgescope.table.FactClasses> classes(String id) {
        return engine(id).classes();
    }

    /**
     * One line on the pack's compiled form, for {@code validate}: the size of its decision table, or why it has none.
     */
    public String tableSummary(String id) {
        PackEngine e = engine(id);
        if (e.table() == null) {
            return "no decision table: " + e.noTable() + "; answered by firing its rules world by world";
        }
        int sets = e.timeline().statementSets().size();
        return String.format(
                "decision table: %,d classes of worlds × %d %s (%s)",
                e.table().worlds(),
                sets,
                sets == 1 ? "set of statements" : "sets of statements",
                e.table().axes().stream()
                        .map(a -> a.path() + " " + a.size())
                        .collect(java.util.stream.Collectors.joining(", ")));
    }

    /** How many cells of the pack's decision table are filled (0 without a table). */
    public long filledCells(String id) {
        PackEngine e = engine(id);
        return e == null || e.table() == null ? 0 : e.table().filled();
    }

    /** Whether the pack was read from a complete decision table in the cache (its rules not compiled to load it). */
    public boolean tableFromCache(String id) {
        PackEngine e = engine(id);
        return e != null && e.table() != null && !e.hasCompiledRules();
    }

    /** Whether a pack is answered world by world because it has no decision table, and why (null: it has one). */
    public String withoutTable(String id) {
        return engine(id).noTable();
    }
}
