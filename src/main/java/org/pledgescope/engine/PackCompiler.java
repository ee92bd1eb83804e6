package org.pledgescope.engine;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.kie.api.KieBase;
import org.kie.api.builder.KieBuilder;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;
import org.kie.api.runtime.KieContainer;
import org.pledgescope.diagnostics.Problem;
import org.pledgescope.diagnostics.Problems;
import org.pledgescope.engine.tables.CellMap;
import org.pledgescope.engine.tables.DecisionTables;
import org.pledgescope.pack.Pack;
import org.pledgescope.pack.RuleInfo;
import org.pledgescope.pack.SourceFile;
import org.pledgescope.vocabulary.Vocabulary;

/**
 * Compiles a pack's DRL with the executable model (or loads the same rules from {@link CompiledRulesCache})
 * and checks what Drools cannot: no dates in DRL, every rule cites a clause or open question the pack
 * declares, and reports findings that match its citation. Problems are reported as {@code file:line: message};
 * a pack with any problem yields no rule base.
 */
public final class PackCompiler {
    private static final Pattern DATE_LITERAL = Pattern.compile("(?<![\\w-])\\d{4}-\\d{2}-\\d{2}\\b");

    private final KieModules modules = new KieModules();
    private final CompiledRulesCache cache;

    /** A compiler using the cache configured for this process ({@link CompiledRulesCache#configured()}). */
    public PackCompiler() {
        this(CompiledRulesCache.configured());
    }

    /** Which compiler builds a pack's rules, and whether the cache is read and written. */
    private enum Mode {
        /** The executable model; a stored kjar is loaded, a fresh one stored. */
        EXECUTABLE,
        /** Drools' classic compiler for every pack; the cache is neither read nor written. */
        CLASSIC,
        /** A stored kjar if there is one, else Drools' classic compiler; nothing is stored. */
        CACHED_OR_CLASSIC
    }

    private final Mode mode;

    public PackCompiler(CompiledRulesCache cache) {
        this(cache, Mode.EXECUTABLE);
    }

    /**
     * Whether a load with this compiler may answer a pack from its decision table in the cache instead of compiling
     * it: every compiler but the one for edits, which a caller chooses to compile what was just edited.
     */
    public boolean readsTables() {
        return mode != Mode.CLASSIC;
    }

    /** The compiled-rules cache this compiler reads and writes (compiled artifacts such as tables are kept beside). */
    public CompiledRulesCache cache() {
        return cache;
    }

    private PackCompiler(CompiledRulesCache cache, Mode mode) {
        this.cache = cache;
        this.mode = mode;
    }

    /**
     * A compiler for an edit in a running process ({@code serve --watch}, {@code test --watch}): Drools' classic DRL
     * compiler, several times faster than the executable model for one pack, with the same checks; its rules are
     * never stored in the cache. Both give the same decisions (ClassicCompileEqualityTest).
     */
    public static PackCompiler forEdits() {
        return new PackCompiler(CompiledRulesCache.configured(), Mode.CLASSIC);
    }

    /**
     * A compiler for a run that ends when its work is done ({@code test}, {@code validate}): a pack in the cache is
     * loaded from it, a pack missing from it (as after an edit) is compiled with the classic compiler, in a fraction of
     * the executable model's time, and not stored (the next long-running process compiles and stores it). Rules that
     * mean the same in either dialect have their actions interpreted by MVEL rather than compiled by a Java compiler,
     * which a run that fires them a few thousand times never earns back. Every compiler gives the same decisions
     * (ClassicCompileEqualityTest).
     */
    public static PackCompiler forOneRun() {
        return forOneRun(CompiledRulesCache.configured());
    }

    /** {@link #forOneRun()} with {@code cache}. */
    public static PackCompiler forOneRun(CompiledRulesCache cache) {
        return new PackCompiler(cache, Mode.CACHED_OR_CLASSIC);
    }

    /**
     * A compiler whose packs' compiled rules can be exported ({@link #compiledFiles()}): the executable model, as for
     * {@code serve}, over the configured cache (a pack stored there is loaded from it, a fresh one stored in it).
     */
    public static PackCompiler exporting() {
        return new PackCompiler(CompiledRulesCache.exporting(CompiledRulesCache.configured()), Mode.EXECUTABLE);
    }

    /**
     * A compiler that loads packs' compiled rules from {@code files} (as {@link #compiledFiles()} named them, e.g. a
     * bundle's), held in memory: no disk is read or written. A pack whose rules are not among them (compiled by another
     * PledgeScope build) is compiled with the executable model, in memory too.
     */
    public static PackCompiler fromCompiledFiles(Map<String, byte[]> files) {
        return new PackCompiler(CompiledRulesCache.holding(files), Mode.EXECUTABLE);
    }

    /**
     * The compiled rules of every pack this compiler built or loaded, as named files (for {@link #exporting()} and
     * {@link #fromCompiledFiles}); empty for the other compilers.
     */
    public Map<String, byte[]> compiledFiles() {
        return cache.exported();
    }

    /**
     * The compiled pack, or null with the problems added to {@code problems}; a problem in the DRL generated from a
     * decision table is reported at the table's cell.
     */
    public CompiledPack compile(Pack pack, Vocabulary vocabulary, Problems problems) {
        DroolsStart.await(); // everything below reads or builds with Drools: never while its start initialises it
        Problems found = new Problems();
        List<SourceFile> drl = new ArrayList<>();
        Map<String, CellMap> tables = new HashMap<>();
        for (SourceFile f : pack.ruleFiles()) {
            if (!f.table()) {
                drl.add(f);
                continue;
            }
            DecisionTables.Generated generated =
                    DecisionTables.read(f, pack.id(), vocabulary.factsOf(pack.id()), found);
            if (generated != null) {
                drl.add(generated.drl());
                tables.put(f.path(), generated.cells());
            }
        }
        Pack asDrl = new Pack(
                pack.id(),
                pack.title(),
                pack.vendor(),
                pack.product(),
                pack.facts(),
                pack.statements(),
                pack.questions(),
                drl,
                pack.manifest());
        CompiledPack compiled = compileChecked(asDrl, pack, tables, vocabulary, found);
        for (Problem p : found.sorted()) {
            Problem located = p;
            for (CellMap cells : tables.values()) {
                located = cells.locate(located);
            }
            problems.add(located);
        }
        return found.isEmpty() ? compiled : null;
    }

    /**
     * Compiles {@code pack}'s DRL (tables already turned into DRL, their cells in {@code tables}); the compiled pack
     * shows {@code shown}, the pack as written. Problems already in {@code problems} (a table's rows) keep the rules
     * from being stored in the cache.
     */
    private CompiledPack compileChecked(
            Pack pack, Pack shown, Map<String, CellMap> tables, Vocabulary vocabulary, Problems problems) {
        int before = 0;
        for (SourceFile drl : pack.ruleFiles()) {
            lintDates(pack, drl, problems);
        }
        RuleAllowlist.Checked checked =
                RuleAllowlist.check(pack.ruleFiles(), vocabulary.sets().keySet(), problems);
        RuleModel model = checked.model();
        VocabularyCheck values = new VocabularyCheck(pack, vocabulary.factsOf(pack.id()));
        values.check(model, problems);
        for (RuleModel.Rule rule : model.rules()) {
            checkCitations(
                    pack,
                    new RuleInfo(
                            rule.name(),
                            rule.clause(),
                            rule.question(),
                            rule.file().path(),
                            rule.line()),
                    problems);
        }
        lintActions(model, problems);
        boolean linted = problems.sorted().size() == before;
        String prelude = RuleSource.prelude(vocabulary);
        Pack prepared = RuleSource.prepared(pack, prelude);
        String key = cache.key(prepared);
        KieContainer container = linted && mode != Mode.CLASSIC
                ? cache.read(key).map(kjar -> loadStored(key, kjar)).orElse(null)
                : null;
        byte[] freshKjar = null;
        boolean fromCache = container != null;
        if (container == null && checked.problems() > 0) {
            return null; // refused packs are never compiled: what the check refuses, no compiler ever reads
        }
        if (container == null) {
            boolean executable = mode == Mode.EXECUTABLE;
            // The compiler's word on a rule or a line the checks already refused adds nothing: one problem per mistake.
            Problems compiled = new Problems();
            KieBuilder builder = build(pack, prepared, prelude, checked.complete(), compiled);
            java.util.Set<String> reported = new java.util.HashSet<>();
            problems.sorted().forEach(p -> reported.add(p.file() + ":" + p.line()));
            for (Problem p : compiled.sorted()) {
                if (!checked.refusedAt(p.file(), p.line()) && !reported.contains(p.file() + ":" + p.line())) {
                    problems.add(p);
                }
            }
            if (builder == null) {
                return null;
            }
            if (!linted) {
                modules.discard(builder);
                return null;
            }
            container = modules.newContainer(pack, builder.getKieModule(), problems);
            if (container == null) {
                return null;
            }
            freshKjar = executable ? KieModules.kjarOf(builder) : null;
        }
        if (!checked.complete()) {
            // Drools parses as the check does, so this cannot happen; if it ever did, nothing unchecked runs.
            problems.add(pack.ruleFiles().get(0).path(), 0, "the rules compiled but could not be checked; refused");
        }
        KieBase kieBase = container.getKieBase();
        Map<String, RuleModel.Rule> byName = new LinkedHashMap<>();
        model.rules().forEach(r -> byName.putIfAbsent(r.name(), r));
        Map<String, RuleInfo> rules = new LinkedHashMap<>();
        for (KiePackage kp : kieBase.getKiePackages()) {
            for (Rule rule : kp.getRules()) {
                RuleInfo info = ruleInfo(pack, rule, byName.get(rule.getName()), tables);
                if (rules.containsKey(rule.getName())) {
                    problems.add(
                            info.file(), info.line(), "rule name '" + rule.getName() + "' is used twice in the pack");
                }
                rules.put(rule.getName(), info);
            }
        }
        if (problems.sorted().size() > before) {
            return null;
        }
        if (freshKjar != null) {
            cache.store(key, freshKjar);
        }
        return new CompiledPack(
                shown, container, kieBase, rules, fromCache, model, values.literals(), vocabulary.sets());
    }

    /**
     * The pack's rules ({@code prepared}: {@code pack} with {@code prelude}) built by this mode's compiler. A run that ends
     * when its work is done compiles its rules with their actions in MVEL, which needs no Java compiler (every rule the
     * allowlist accepts means the same in either dialect: plain patterns and plain statements); should that fail, the
     * rules are compiled again as Java, whose errors are the ones every other command reports.
     */
    private KieBuilder build(Pack pack, Pack prepared, String prelude, boolean complete, Problems problems) {
        if (mode == Mode.CACHED_OR_CLASSIC && complete) {
            Pack inMvel = RuleSource.prepared(pack, RuleSource.actionsInMvel(prelude));
            KieBuilder interpreted = modules.build(inMvel, new Problems(), false);
            if (interpreted != null) {
                return interpreted;
            }
        }
        return modules.build(prepared, problems, mode == Mode.EXECUTABLE);
    }

    /** The cache key of a pack's rules as compiled against {@code vocabulary} (its DRL with the prelude). */
    String cacheKey(Pack pack, Vocabulary vocabulary) {
        return cache.key(RuleSource.prepared(pack, RuleSource.prelude(vocabulary)));
    }

    /** A container on a stored kjar, or null (and the entry dropped) if it cannot be loaded. */
    private KieContainer loadStored(String key, byte[] kjar) {
        try {
            return modules.load(kjar);
        } catch (IOException | RuntimeException | LinkageError e) {
            cache.evict(key);
            return null;
        }
    }

    private static RuleInfo ruleInfo(Pack pack, Rule rule, RuleModel.Rule parsed, Map<String, CellMap> tables) {
        String clause = meta(rule, "clause");
        String question = meta(rule, "question");
        if (parsed != null && tables.containsKey(parsed.file().path())) {
            String cell = tables.get(parsed.file().path()).cellOf(parsed.line());
            return new RuleInfo(rule.getName(), clause, question, parsed.file().path() + "!" + cell, 0);
        }
        if (parsed != null) {
            return new RuleInfo(rule.getName(), clause, question, parsed.file().path(), parsed.line());
        }
        return new RuleInfo(
                rule.getName(), clause, question, pack.ruleFiles().get(0).path(), 0);
    }

    private static String meta(Rule rule, String key) {
        Object v = rule.getMetaData().get(key);
        if (v == null) {
            return null;
        }
        String s = v.toString().strip();
        if (s.length() >= 2 && s.startsWith("\"") && s.endsWith("\"")) {
            s = s.substring(1, s.length() - 1);
        }
        return s;
    }

    private static void checkCitations(Pack pack, RuleInfo rule, Problems problems) {
        if (rule.clause() == null && rule.question() == null) {
            problems.add(
                    rule.file(),
                    rule.line(),
                    "rule '" + rule.name()
                            + "' cites nothing: add @clause(\"<statement>#<clause>\") or @question(\"<id>\")");
        }
        if (rule.clause() != null && pack.clause(rule.clause()).isEmpty()) {
            problems.add(
                    rule.file(),
                    rule.line(),
                    "rule '" + rule.name() + "' cites clause '" + rule.clause()
                            + "', which pack.yaml does not declare; declared: "
                            + pack.clauses().keySet());
        }
        if (rule.question() != null && pack.question(rule.question()).isEmpty()) {
            problems.add(
                    rule.file(),
                    rule.line(),
                    "rule '" + rule.name() + "' cites open question '"
                            + rule.question() + "', which pack.yaml does not declare; declared: "
                            + pack.questions().stream().map(q -> q.id()).toList());
        }
    }

    /** An action's report must match what the rule cites. */
    private static void lintActions(RuleModel model, Problems problems) {
        for (RuleModel.Rule rule : model.rules()) {
            boolean opens = false;
            boolean finds = false;
            for (RuleModel.Action a : rule.then()) {
                if (a instanceof RuleModel.Report r) {
                    opens |= r.kind().equals("open");
                    finds |= !r.kind().equals("open");
                }
            }
            if (opens && rule.question() == null) {
                problems.add(
                        rule.file().path(),
                        rule.line(),
                        "rule '" + rule.name()
                                + "' calls outcome.open() but has no @question(\"…\") naming the question it raises");
            }
            if (finds && rule.clause() == null) {
                problems.add(
                        rule.file().path(),
                        rule.line(),
                        "rule '" + rule.name()
                                + "' reports a finding but has no @clause(\"…\") naming the text it rests on");
            }
        }
    }

    private static void lintDates(Pack pack, SourceFile drl, Problems problems) {
        String[] lines = drl.content().split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String code = lines[i].replaceAll("//.*$", "");
            if (DATE_LITERAL.matcher(code).find()) {
                problems.add(
                        drl.path(),
                        i + 1,
                        "a date in DRL: dates belong in pack.yaml (statements and terms); "
                                + "rules test which statements are Known");
            }
        }
    }
}
