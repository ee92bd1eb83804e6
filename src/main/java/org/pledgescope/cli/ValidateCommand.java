package org.pledgescope.cli;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import org.pledgescope.evaluation.LoadedPack;
import org.pledgescope.evaluation.RuleSet;
import org.pledgescope.pack.OpenQuestion;
import org.pledgescope.pack.Pack;
import org.pledgescope.pack.RuleInfo;
import org.pledgescope.pack.Statement;
import org.pledgescope.vocabulary.Fact;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;

/** {@code validate}: loads every pack and lists what it holds, or prints every problem and exits 2. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Load, check and compile every pack, and list each one: its statements, its rules by file, "
                + "its open questions and the facts it declares. Exit 0 when every pack loads, 2 with every problem "
                + "(file:line, or a table's cell) when any does not.")
final class ValidateCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;
    @Mixin
    RulesOption rules;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        RuleSet ruleSet = rules.load(spec.commandLine().getErr());
        if (ruleSet == null) {
            return ExitCode.LOAD_ERROR;
        }
        out.println("rules in " + ruleSet.location() + " (" + ruleSet.revision() + "): " + ruleSet.packs().size()
                + (ruleSet.packs().size() == 1 ? " pack" : " packs"));
        for (LoadedPack loaded : ruleSet.packs()) {
            print(out, loaded);
        }
        out.flush();
        return ExitCode.OK;
    }

    private static void print(PrintWriter out, LoadedPack loaded) {
        Pack pack = loaded.pack();
        out.println();
        out.println(pack.id() + ": " + pack.title() + " (" + pack.vendor() + ")");
        out.println("  statements:");
        for (Statement s : pack.chronological()) {
            out.println("    " + s.id() + "  " + s.published() + (s.term() == null ? "" : "  term " + s.term().describe())
                    + "  clauses: " + s.clauses().stream().map(c -> c.id()).toList());
        }
        out.println("  rules:");
        byFile(loaded.rules()).forEach((file, names) -> out.println("    " + file + ": " + names.size() + " "
                + (names.size() == 1 ? "rule" : "rules") + " " + names));
        List<OpenQuestion> questions = pack.questions();
        out.println("  open questions:" + (questions.isEmpty() ? " none" : ""));
        for (OpenQuestion q : questions) {
            out.println("    " + q.id() + "  readings: " + q.readings().stream().map(r -> r.id() + " → " + r.effect())
                    .toList() + (q.settledBy() == null ? "" : "  (settled by " + q.settledBy().statement() + ")"));
        }
        out.println("  facts it declares:" + (pack.facts().isEmpty() ? " none" : ""));
        for (Fact f : pack.facts()) {
            out.println("    " + f.path() + "  " + f.kind().name().toLowerCase(java.util.Locale.ROOT)
                    + (f.values().isEmpty() ? "" : ": " + f.valueIds()));
        }
    }

    /** Rule names by the file they are written in (a table's rules by the table, whatever their cells). */
    private static Map<String, List<String>> byFile(List<RuleInfo> rules) {
        Map<String, List<String>> out = new TreeMap<>();
        for (RuleInfo r : rules) {
            String file = r.file().contains("!") ? r.file().substring(0, r.file().indexOf('!')) : r.file();
            out.computeIfAbsent(file, k -> new java.util.ArrayList<>()).add(r.name());
        }
        Map<String, List<String>> sorted = new LinkedHashMap<>();
        out.forEach((k, v) -> sorted.put(k, v.stream().sorted().toList()));
        return sorted;
    }
}
