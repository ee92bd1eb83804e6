package org.pledgescope.cli;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import org.pledgescope.evaluation.RuleSet;
import org.pledgescope.map.HeatmapAxes;
import org.pledgescope.map.LintFinding;
import org.pledgescope.map.MapException;
import org.pledgescope.map.MapFormat;
import org.pledgescope.map.ScopeMap;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code map PLEDGE}: every fully known world of a pledge, grouped into regions; {@code --lint}: findings over it. */
@Command(
        name = "map",
        mixinStandardHelpOptions = true,
        description = "Map a pledge's whole query space: every fully known world, grouped into the regions that share "
                + "a verdict, deciding open questions and clauses. With --lint, report rules that never fire, "
                + "silences, conflicts, idle readings and open questions never decisive.")
final class MapCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Mixin
    RulesOption rules;

    @Parameters(
            paramLabel = "PLEDGE",
            arity = "0..1",
            description = "The pack id of the pledge to map (or --pack ID, as validate and test take it).")
    String pledge;

    @Option(
            names = "--pack",
            paramLabel = "ID",
            description = "The pack to map or lint, as 'validate --pack' and 'test --pack' name it; only it is "
                    + "compiled. An id naming no pack is an error listing the packs.")
    String pack;

    @Option(
            names = "--as-known-on",
            paramLabel = "DATE",
            description = "Read the pledge as known on this day "
                    + "(default: every class of days, by the statements' dates).")
    String asKnownOn;

    @Option(
            names = "--use-date",
            paramLabel = "DATE",
            description = "Map uses on this day (default: every class of "
                    + "days, by the terms' edges and the statements' dates).")
    String useDate;

    @Option(
            names = "--where",
            paramLabel = "FACT=VALUE[,VALUE…]",
            description = "Map only the worlds where FACT "
                    + "takes one of these values (a value, a value set such as police, a country or 'other', a date).")
    List<String> where = new ArrayList<>();

    @Option(names = "--format", paramLabel = "FORMAT", description = "text (default), csv, json, html or svg.")
    String format = "text";

    @Option(
            names = "--rows",
            paramLabel = "FACT",
            description =
                    "The fact on the heatmap's rows (html and svg; default agency.type); the pack's own facts too.")
    String rows;

    @Option(
            names = "--cols",
            paramLabel = "FACT",
            description = "The fact on the heatmap's columns (html and svg; default capability).")
    String cols;

    @Option(names = "--lint", description = "Report findings over the whole space instead of the map; exit 1 if any.")
    boolean lint;

    @Option(
            names = {"-o", "--output"},
            paramLabel = "FILE",
            description = "Write to FILE instead of stdout.")
    Path output;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        MapFormat fmt = MapFormat.parse(format);
        if (fmt == null) {
            err.println("error: --format: '" + format + "' is not one of [text, csv, json, html, svg]");
            err.flush();
            return ExitCode.REJECTED;
        }
        ScopeMap.Request request;
        try {
            request = new ScopeMap.Request(
                    Dates.parse("--as-known-on", asKnownOn), Dates.parse("--use-date", useDate), where(where));
        } catch (IllegalArgumentException e) {
            err.println("error: " + e.getMessage());
            err.flush();
            return ExitCode.REJECTED;
        }
        if ((rows != null || cols != null) && (lint || !fmt.drawsHeatmap())) {
            err.println("error: " + (rows != null ? "--rows" : "--cols")
                    + " chooses the heatmap's axes: it needs --format html or svg"
                    + (lint ? " (not --lint)" : " (not " + format + ")"));
            err.flush();
            return ExitCode.REJECTED;
        }
        HeatmapAxes axes = new HeatmapAxes(rows, cols);
        if (pledge != null && pack != null && !pledge.equals(pack) || pledge == null && pack == null) {
            err.println("error: name the pack to map once: 'map PLEDGE' or 'map --pack ID'");
            err.flush();
            return ExitCode.REJECTED;
        }
        pledge = pledge != null ? pledge : pack;
        RuleSet ruleSet = rules.load(err, Set.of(pledge));
        if (ruleSet == null) {
            return ExitCode.LOAD_ERROR;
        }
        try {
            if (lint) {
                List<LintFinding> findings = ScopeMap.lint(ruleSet, pledge);
                return Output.write(output, err, out -> {
                            findings.forEach(out::println);
                            out.println(
                                    findings.isEmpty()
                                            ? pledge + ": no findings"
                                            : pledge + ": " + findings.size()
                                                    + (findings.size() == 1 ? " finding" : " findings"));
                        })
                        ? (findings.isEmpty() ? ExitCode.OK : ExitCode.REJECTED)
                        : ExitCode.REJECTED;
            }
            ScopeMap.check(ruleSet, pledge, axes);
            ScopeMap map = ScopeMap.build(ruleSet, pledge, request);
            return Output.write(output, err, out -> fmt.write(map, ruleSet, axes, out))
                    ? ExitCode.OK
                    : ExitCode.REJECTED;
        } catch (MapException e) {
            err.println("error: " + (e.field() == null || e.field().equals("id") ? "" : "--" + option(e.field()) + ": ")
                    + e.getMessage());
            err.flush();
            return ExitCode.REJECTED;
        }
    }

    private static String option(String field) {
        return switch (field) {
            case "asKnownOn" -> "as-known-on";
            case "useDate" -> "use-date";
            default -> field;
        };
    }

    /** {@code FACT=VALUE[,VALUE…]} options by fact; a bad one is an IllegalArgumentException naming it. */
    static Map<String, List<String>> where(List<String> options) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        for (String w : options) {
            int eq = w.indexOf('=');
            if (eq <= 0 || eq == w.length() - 1) {
                throw new IllegalArgumentException("--where: '" + w + "' is not FACT=VALUE (e.g. agency.type=police)");
            }
            List<String> values = new ArrayList<>();
            for (String v : w.substring(eq + 1).split(",")) {
                if (!v.isBlank()) {
                    values.add(v.strip());
                }
            }
            out.computeIfAbsent(w.substring(0, eq).strip(), k -> new ArrayList<>())
                    .addAll(values);
        }
        return out;
    }

    /** Writes to a file or to stdout; a failure to write is reported, not thrown. */
    static final class Output {
        interface Body {
            void write(PrintWriter out) throws IOException;
        }

        private Output() {}

        static boolean write(Path file, PrintWriter err, Body body) {
            try {
                if (file == null) {
                    PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8));
                    body.write(out);
                    out.flush();
                    if (out.checkError() && StandardOutput.closedPipe()) {
                        return true; // the reader had what it wanted; main ends quietly with CLOSED_PIPE
                    }
                    return !out.checkError();
                }
                try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8))) {
                    body.write(out);
                    out.flush();
                    if (out.checkError()) {
                        throw new IOException("write failed");
                    }
                }
                return true;
            } catch (IOException e) {
                err.println("error: cannot write " + (file == null ? "stdout" : file) + ": " + e.getMessage());
                err.flush();
                return false;
            }
        }
    }
}
