package org.pledgescope.evaluation;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.stream.IntStream;
import org.pledgescope.diagnostics.Problems;
import org.pledgescope.engine.CompiledPack;
import org.pledgescope.engine.DroolsStart;
import org.pledgescope.engine.PackCompiler;
import org.pledgescope.pack.Pack;
import org.pledgescope.pack.PackLoadException;
import org.pledgescope.pack.PackLoader;
import org.pledgescope.pack.RulesLocation;
import org.pledgescope.table.TableStore;
import org.pledgescope.vocabulary.Vocabulary;

/** Reads, checks and compiles every pack: a complete rule set or a {@link PackLoadException}, never half. */
public final class RuleSetLoader {
    private final Clock clock;

    public RuleSetLoader(Clock clock) {
        this.clock = clock;
    }

    /**
     * Starts the rules engine (logging, Drools' services) on a thread of its own, for a
     * caller that will load packs shortly and has other work meanwhile (a CLI run while picocli reads its
     * arguments); a load waits for it. Calling it again does nothing.
     */
    public static void startEngineEarly() {
        DroolsStart.begin();
    }

    public RuleSet load(Path explicitRules) {
        return load(RulesLocation.resolve(explicitRules));
    }

    public RuleSet load(RulesLocation location) {
        return load(location, id -> true, null);
    }

    /**
     * Reloads after an edit: a pack whose files and vocabulary are those of {@code previous} keeps its compiled
     * rules, so only the packs edited are compiled (what keeps {@code serve --watch} and {@code test --watch} fast).
     */
    public RuleSet reload(Path explicitRules, RuleSet previous) {
        return load(RulesLocation.resolve(explicitRules), id -> true, previous);
    }

    /**
     * The rule set of the packs {@code compile} accepts: every pack.yaml is read and checked, only those packs'
     * rules are compiled (a run limited to one pack need not wait for the others).
     */
    public RuleSet load(RulesLocation location, Predicate<String> compile) {
        return load(location, compile, null);
    }

    /** {@link #load(RulesLocation, java.util.function.Predicate)}, keeping {@code previous}'s unedited packs compiled. */
    public RuleSet load(RulesLocation location, Predicate<String> compile, RuleSet previous) {
        return load(location, compile, previous, previous != null ? PackCompiler.forEdits() : new PackCompiler());
    }

    /**
     * {@link #load(RulesLocation, java.util.function.Predicate)} for a run that ends when its work is done
     * ({@code test}, {@code validate}): a pack in the compiled-rules cache is loaded from it, one missing from it (as
     * after an edit) is compiled with Drools' classic compiler (see {@link PackCompiler#forOneRun()}) and not stored.
     */
    public RuleSet loadForOneRun(RulesLocation location, Predicate<String> compile) {
        return load(location, compile, null, PackCompiler.forOneRun());
    }

    /** {@link #load(RulesLocation, Predicate)} with {@code compiler} (one of {@link PackCompiler}'s kinds). */
    public RuleSet loadWith(RulesLocation location, Predicate<String> compile, PackCompiler compiler) {
        return load(location, compile, null, compiler);
    }

    /**
     * Every pack at {@code location} loaded as {@code serve} loads it, with the compiled form of each pack as named
     * files: what a rule bundle carries so that a replica need not compile ({@link #loadCompiled}).
     */
    public Compiled loadForExport(RulesLocation location) {
        PackCompiler compiler = PackCompiler.exporting();
        RuleSet rules = load(location, id -> true, null, compiler);
        // Both compiled forms travel: every pack's rules and its complete decision table.
        rules.compileAll();
        rules.completeTables(Runtime.getRuntime().availableProcessors());
        return new Compiled(rules, compiler.compiledFiles());
    }

    /**
     * Every pack at {@code location} (a bundle's files, in memory), each loaded from {@code compiledFiles} as
     * {@link #loadForExport} gave them; no compiled-rules cache on disk is read or written. A pack whose compiled form
     * is not there (made by another PledgeScope build) is compiled, in memory; {@link LoadedPack#fromCache()} tells.
     */
    public RuleSet loadCompiled(RulesLocation location, Map<String, byte[]> compiledFiles) {
        return loadCompiled(location, compiledFiles, null);
    }

    /**
     * {@link #loadCompiled(RulesLocation, Map)}, keeping {@code previous}'s packs whose files and vocabulary are
     * unchanged as they are loaded (a bundle that changes one pack swaps in as fast as that pack loads).
     */
    public RuleSet loadCompiled(RulesLocation location, Map<String, byte[]> compiledFiles, RuleSet previous) {
        return load(location, id -> true, previous, PackCompiler.fromCompiledFiles(compiledFiles));
    }

    /** A rule set and its packs' compiled form, as named files. */
    public record Compiled(RuleSet ruleSet, Map<String, byte[]> files) {
        public Compiled {
            files = Collections.unmodifiableMap(new TreeMap<>(files));
        }
    }

    /**
     * Compiles the packs {@code compile} accepts with the compiler for edits, reusing nothing, and throws the result
     * away if it fails: a watcher calls it once when it starts, so that Drools' classic compiler (its classes loaded,
     * its code compiled by the JIT) is warm for the first edit. Returns the rule set so compiled, or null when the packs
     * do not load (the watcher reports that on the first edit, as always).
     */
    public RuleSet warmUpForEdits(RulesLocation location, Predicate<String> compile) {
        try {
            RuleSet warm = null;
            // Twice: the second compile runs code the JIT has begun to compile, as an edit later will.
            for (int round = 0; round < WARM_UP_ROUNDS; round++) {
                warm = load(location, compile, null, PackCompiler.forEdits());
            }
            return warm;
        } catch (PackLoadException e) {
            return null;
        }
    }

    private static final int WARM_UP_ROUNDS = 2;

    private RuleSet load(RulesLocation location, Predicate<String> compile, RuleSet previous, PackCompiler compiler) {
        // Every problem of one load at once: the packs whose pack.yaml reads are compiled and checked even when
        // another's
        // does not, and the load fails with all of their problems.
        PackLoader.Reading reading = new PackLoader().read(location);
        PackLoader.LoadedPacks all = reading.packs();
        PackLoader.LoadedPacks loaded = new PackLoader.LoadedPacks(
                all.packs().stream().filter(p -> compile.test(p.id())).toList(),
                all.vocabulary(),
                all.revision(),
                all.notes());
        Vocabulary vocabulary = loaded.vocabulary();
        TableStore store = new TableStore(compiler.cache());
        // Packs load independently, so they load in parallel; the result keeps the packs' order.
        List<Problems> problemsPerPack =
                loaded.packs().stream().map(p -> new Problems()).toList();
        List<PackEngine> engines = IntStream.range(0, loaded.packs().size())
                .parallel()
                .mapToObj(i -> {
                    Pack pack = loaded.packs().get(i);
                    PackEngine before =
                            previous == null || !previous.vocabulary().equals(vocabulary)
                                    ? null
                                    : previous.engine(pack.id());
                    if (before != null && before.pack().equals(pack)) {
                        return before;
                    }
                    if (before != null && before.pack().sameMeaning(pack)) {
                        return before.withPack(pack, TableStore.key(pack, vocabulary));
                    }
                    return engine(pack, vocabulary, compiler, store, problemsPerPack.get(i));
                })
                .toList();
        Problems problems = new Problems();
        problems.addAll(reading.problems());
        problemsPerPack.forEach(p -> problems.addAll(p.sorted()));
        if (!problems.isEmpty()) {
            throw new PackLoadException(problems.sorted());
        }
        return new RuleSet(
                loaded.revision(),
                clock.instant(),
                location.describe(),
                vocabulary,
                List.copyOf(engines),
                loaded.notes());
    }

    /**
     * One pack: from its complete decision table in the cache when there is one (nothing compiled, no decision-table
     * file read), else compiled (its table then fills as it is used, or at once with {@link RuleSet#completeTables}).
     */
    private static PackEngine engine(
            Pack pack, Vocabulary vocabulary, PackCompiler compiler, TableStore store, Problems problems) {
        String key = TableStore.key(pack, vocabulary);
        if (TABLES && store.enabled() && compiler.readsTables()) {
            var stored = store.read(key, pack);
            if (stored.isPresent()) {
                return PackEngine.tabled(
                        pack,
                        vocabulary,
                        stored.get().table(),
                        stored.get().rules(),
                        stored.get().valuesNamed(),
                        key,
                        store,
                        () -> compiler.compile(pack, vocabulary, new Problems()));
            }
        }
        CompiledPack compiled = compiler.compile(pack, vocabulary, problems);
        return compiled == null ? null : PackEngine.compiled(compiled, vocabulary, TABLES, key, store);
    }

    /**
     * {@code -Dpledgescope.fastPath=false} turns decision tables off (each world fires the rules): for before/after
     * figures from one build.
     */
    private static final boolean TABLES = !"false".equals(System.getProperty("pledgescope.fastPath"));
}
