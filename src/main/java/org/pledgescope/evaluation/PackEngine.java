package org.pledgescope.evaluation;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.pledgescope.engine.CompiledPack;
import org.pledgescope.pack.Pack;
import org.pledgescope.pack.RuleInfo;
import org.pledgescope.table.ClassDerivation;
import org.pledgescope.table.FactClasses;
import org.pledgescope.table.PackTable;
import org.pledgescope.table.TableStore;
import org.pledgescope.vocabulary.Vocabulary;

/**
 * One pack as a rule set holds it: its record, its rules' names and citations, the classes its rules tell apart
 * and its decision table ({@link PackTable}), and — when they are needed — its compiled rules. A pack read from a
 * cached table has no compiled rules until something asks to fire them (an empty cell, the direct evaluator, a
 * trace); they are then compiled once.
 */
final class PackEngine {
    private final Pack pack;
    private final Vocabulary vocabulary;
    private final List<RuleInfo> rules;
    private final boolean fromCache;
    private final Map<String, Set<String>> valuesNamed;
    private final List<FactClasses> classes;
    private final PackTable table;
    private final String noTable;
    private final Supplier<CompiledPack> compile;
    private final String tableKey;
    private final TableStore store;
    private volatile boolean stored;
    private volatile CompiledPack compiled;
    private volatile QuerySpace space;
    private volatile Timeline timeline;

    /** Results resolved for a class of queries (see {@link Evaluator}); cleared when full. */
    final Map<Object, Object> resolved = new ConcurrentHashMap<>();

    private PackEngine(
            Pack pack,
            Vocabulary vocabulary,
            List<RuleInfo> rules,
            boolean fromCache,
            Map<String, Set<String>> valuesNamed,
            List<FactClasses> classes,
            PackTable table,
            String noTable,
            CompiledPack compiled,
            Supplier<CompiledPack> compile,
            String tableKey,
            TableStore store,
            boolean stored) {
        this.pack = pack;
        this.vocabulary = vocabulary;
        this.rules = List.copyOf(rules);
        this.fromCache = fromCache;
        this.valuesNamed = Map.copyOf(valuesNamed);
        this.classes = List.copyOf(classes);
        this.table = table;
        this.noTable = noTable;
        this.compiled = compiled;
        this.compile = compile;
        this.tableKey = tableKey;
        this.store = store;
        this.stored = stored;
    }

    /** A pack whose rules were compiled in this run (or loaded compiled): its table fills as the rules fire. */
    static PackEngine compiled(
            CompiledPack c, Vocabulary vocabulary, boolean tables, String tableKey, TableStore store) {
        Pack pack = c.pack();
        ClassDerivation.Derived d = ClassDerivation.derive(
                c.model(), vocabulary.factsOf(pack.id()), vocabulary.sets(), pack.firstPublished());
        String why = !tables ? "the fast path is off (-Dpledgescope.fastPath=false)" : d.inexact();
        PackTable table = why == null ? new PackTable(pack.id(), d.axes(), firing(c)) : null;
        return new PackEngine(
                pack,
                vocabulary,
                c.rules(),
                c.fromCache(),
                c.valuesNamed(),
                d.axes(),
                table,
                why,
                c,
                () -> c,
                tableKey,
                store,
                false);
    }

    /**
     * A pack answered from a complete table read from the cache: nothing is compiled unless {@code compile} is called
     * for (it compiles the pack, or returns null when it cannot).
     */
    static PackEngine tabled(
            Pack pack,
            Vocabulary vocabulary,
            PackTable table,
            List<RuleInfo> rules,
            Map<String, Set<String>> valuesNamed,
            String tableKey,
            TableStore store,
            Supplier<CompiledPack> compile) {
        return new PackEngine(
                pack,
                vocabulary,
                rules,
                true,
                valuesNamed,
                table.axes(),
                table,
                null,
                null,
                compile,
                tableKey,
                store,
                true);
    }

    /**
     * This pack's engine for {@code edited}, a pack of the same meaning ({@link Pack#sameMeaning}) read after an
     * edit: the same compiled rules and the same table (filled so far, and filling on), under the edited pack's table
     * key; only what is resolved per query starts afresh.
     */
    PackEngine withPack(Pack edited, String editedKey) {
        return new PackEngine(
                edited,
                vocabulary,
                rules,
                fromCache,
                valuesNamed,
                classes,
                table,
                noTable,
                compiled,
                // This engine's way to compile, not this engine: an engine kept across many edits must not hold
                // every engine before it (each with its memo of results).
                compile,
                editedKey,
                store,
                stored && editedKey.equals(tableKey));
    }

    static PackTable.Firing firing(CompiledPack c) {
        LocalDate announced = c.pack().firstPublished();
        return (facts, useDate, known, limit) -> c.fireUncached(facts, useDate, known, announced, limit);
    }

    Pack pack() {
        return pack;
    }

    Vocabulary vocabulary() {
        return vocabulary;
    }

    List<RuleInfo> rules() {
        return rules;
    }

    boolean fromCache() {
        return fromCache;
    }

    /** The values the rules compare each fact with, by path (countries the rules name, for "other"). */
    Set<String> valuesNamed(String path) {
        return valuesNamed.getOrDefault(path, Set.of());
    }

    Map<String, Set<String>> valuesNamed() {
        return valuesNamed;
    }

    /** The classes of each axis (also when the pack has no table: its date facts' cuts are read from them). */
    List<FactClasses> classes() {
        return classes;
    }

    /** The days where the rules split a date fact (empty when no rule reads it). */
    List<LocalDate> cuts(String path) {
        for (FactClasses c : classes) {
            if (c.path().equals(path) && c.kind() == FactClasses.Kind.DATE) {
                return c.cuts();
            }
        }
        return List.of();
    }

    /** The decision table, or null when the pack has none ({@link #noTable()} says why). */
    PackTable table() {
        return table;
    }

    /** Why the pack has no decision table (its rules read facts beyond what classes capture), or null. */
    String noTable() {
        return noTable;
    }

    /** Whether a rule of the pack reads the use date itself. */
    boolean readsUseDate() {
        return classes.stream().anyMatch(c -> c.path().equals(Vocabulary.USE_DATE));
    }

    /** The compiled rules, compiled now if the pack was read from a table; null when they cannot be compiled. */
    CompiledPack compiledRules() {
        CompiledPack c = compiled;
        if (c == null) {
            synchronized (this) {
                c = compiled;
                if (c == null) {
                    c = compile.get();
                    compiled = c;
                    if (c != null && table != null && !table.canFill()) {
                        table.fillWith(firing(c));
                    }
                }
            }
        }
        return c;
    }

    /** Whether the rules are compiled in this process (not only a table read from the cache). */
    boolean hasCompiledRules() {
        return compiled != null;
    }

    /**
     * Fills every cell of the pack's table (firing its rules once per class, each firing within {@code ruleTimeLimit})
     * and stores the table once complete; true when the table is complete. Nothing to do for a table read complete
     * from the cache, or a pack without one.
     */
    boolean completeTable(int threads, Duration ruleTimeLimit) {
        return completeTable(threads, ruleTimeLimit, () -> true);
    }

    /** {@link #completeTable(int, Duration)}, given up (false) once {@code wanted} says so. */
    boolean completeTable(int threads, Duration ruleTimeLimit, java.util.function.BooleanSupplier wanted) {
        if (table == null) {
            return false;
        }
        if (stored) {
            return true;
        }
        List<List<String>> sets = timeline().statementSets();
        // A complete table (one kept across an edit that changed no meaning) is stored without compiling anything.
        if (!table.isComplete(sets) && compiledRules() == null) {
            return false;
        }
        boolean complete = table.fill(sets, threads, ruleTimeLimit, wanted);
        if (complete && store.enabled()) {
            store.store(tableKey, new TableStore.Stored(table, relativeRules(), valuesNamed));
            stored = true;
        }
        return complete;
    }

    private List<RuleInfo> relativeRules() {
        return rules.stream()
                .map(r ->
                        new RuleInfo(r.name(), r.clause(), r.question(), TableStore.relative(r.file(), pack), r.line()))
                .toList();
    }

    QuerySpace space() {
        QuerySpace s = space;
        if (s == null) {
            s = QuerySpace.of(
                    pack, vocabulary, this::valuesNamed, this::cuts, readsUseDate() ? useDateCuts() : List.of());
            space = s;
        }
        return s;
    }

    private List<LocalDate> useDateCuts() {
        for (FactClasses c : classes) {
            if (c.path().equals(Vocabulary.USE_DATE)) {
                return c.cuts();
            }
        }
        return List.of();
    }

    Timeline timeline() {
        Timeline t = timeline;
        if (t == null) {
            t = new Timeline(pack, space());
            timeline = t;
        }
        return t;
    }
}
