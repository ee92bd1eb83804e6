package org.pledgescope.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.pledgescope.evaluation.RuleSet;
import org.pledgescope.evaluation.RuleSetLoader;
import org.pledgescope.json.Json;
import org.pledgescope.map.MapException;
import org.pledgescope.map.ScopeDiff;
import org.pledgescope.map.ScopeMap;
import org.pledgescope.pack.PackLoadException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code diff BEFORE AFTER}: what an edit moved, between two rule directories or two git revisions of
 * {@code rules/}; {@code diff --as-known-on A --vs B}: what the statements published between two days moved.
 * Exit 1 when any world's verdict moved, 0 when none did, 2 when a rule set cannot be loaded.
 */
@Command(
        name = "diff",
        mixinStandardHelpOptions = true,
        description = "Compare two rule directories, two git revisions of rules/, or one rule set as known on two "
                + "days: the regions whose verdict moved, before and after, with the rules and statements responsible. "
                + "Exit 1 when anything moved.")
final class DiffCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Mixin
    RulesOption rules;

    @Parameters(
            arity = "0..2",
            paramLabel = "BEFORE AFTER",
            description = "Two rule directories or git revisions "
                    + "(of --git-path in the repository here); leave out to compare two asKnownOn days of --rules.")
    List<String> sides = new ArrayList<>();

    @Option(
            names = "--pledge",
            paramLabel = "ID",
            description = "Compare this pledge only (default: every pledge of both).")
    String pledge;

    @Option(
            names = "--as-known-on",
            paramLabel = "DATE",
            description = "The day the pledge is read (with --vs: " + "the first of the two days compared).")
    String asKnownOn;

    @Option(names = "--vs", paramLabel = "DATE", description = "The second asKnownOn day.")
    String vs;

    @Option(names = "--use-date", paramLabel = "DATE", description = "Compare uses on this day only.")
    String useDate;

    @Option(
            names = "--git-path",
            paramLabel = "PATH",
            description = "Where the rules are in a git revision (default rules).")
    String gitPath = "rules";

    @Option(names = "--format", paramLabel = "FORMAT", description = "text (default) or json.")
    String format = "text";

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        LocalDate known;
        LocalDate second;
        LocalDate use;
        try {
            known = Dates.parse("--as-known-on", asKnownOn);
            second = Dates.parse("--vs", vs);
            use = Dates.parse("--use-date", useDate);
            if (!format.equals("text") && !format.equals("json")) {
                throw new IllegalArgumentException("--format: '" + format + "' is not one of [text, json]");
            }
            if (sides.size() == 1) {
                throw new IllegalArgumentException(
                        "give two rule sets (BEFORE AFTER), or none with --as-known-on and --vs");
            }
            if (sides.isEmpty() && (known == null || second == null)) {
                throw new IllegalArgumentException("give BEFORE and AFTER (rule directories or git revisions), or "
                        + "--as-known-on DATE --vs DATE to compare one rule set on two days");
            }
            if (!sides.isEmpty() && second != null) {
                throw new IllegalArgumentException(
                        "--vs compares two days of one rule set; with BEFORE and AFTER, " + "leave it out");
            }
        } catch (IllegalArgumentException e) {
            return fail(err, e.getMessage(), ExitCode.REJECTED);
        }
        List<ScopeDiff> diffs = new ArrayList<>();
        try {
            if (sides.isEmpty()) {
                RuleSet ruleSet = rules.load(err);
                if (ruleSet == null) {
                    return ExitCode.LOAD_ERROR;
                }
                for (String id : ids(ruleSet, ruleSet)) {
                    diffs.add(ScopeDiff.ofDates(ruleSet, id, known, second, use, Map.of()));
                }
            } else {
                List<Path> temps = new ArrayList<>();
                try {
                    RuleSet before = load(sides.get(0), temps, err);
                    RuleSet after = before == null ? null : load(sides.get(1), temps, err);
                    if (before == null || after == null) {
                        return ExitCode.LOAD_ERROR;
                    }
                    for (String id : ids(before, after)) {
                        diffs.add(ScopeDiff.ofRuleSets(
                                before,
                                after,
                                id,
                                new ScopeMap.Request(known, use, Map.of()),
                                sides.get(0),
                                sides.get(1)));
                    }
                } finally {
                    temps.forEach(DiffCommand::delete);
                }
            }
        } catch (MapException e) {
            return fail(err, e.getMessage(), ExitCode.REJECTED);
        }
        boolean ok = MapCommand.Output.write(null, err, out -> {
            if (format.equals("json")) {
                out.println(Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(diffs));
            } else {
                for (int i = 0; i < diffs.size(); i++) {
                    if (i > 0) {
                        out.println();
                    }
                    diffs.get(i).print(out);
                }
                long moved = diffs.stream().mapToLong(ScopeDiff::moved).sum();
                long regions = diffs.stream().mapToLong(d -> d.moves().size()).sum();
                out.println();
                out.println(
                        moved == 0
                                ? "nothing moved"
                                : "this change moves " + regions + (regions == 1 ? " region" : " regions") + " ("
                                        + String.format("%,d", moved) + " worlds)");
            }
        });
        if (!ok) {
            return ExitCode.REJECTED;
        }
        return diffs.stream().anyMatch(ScopeDiff::anyMoved) ? ExitCode.REJECTED : ExitCode.OK;
    }

    private List<String> ids(RuleSet before, RuleSet after) {
        if (pledge != null) {
            return List.of(pledge);
        }
        return before.packIds().stream().filter(after.packIds()::contains).toList();
    }

    private static int fail(PrintWriter err, String message, int code) {
        err.println("error: " + message);
        err.flush();
        return code;
    }

    /** A rule set from a directory, or from a git revision's rules extracted into a temporary directory. */
    private RuleSet load(String side, List<Path> temps, PrintWriter err) {
        Path dir = Path.of(side);
        try {
            if (!Files.isDirectory(dir)) {
                dir = GitRules.extract(side, gitPath);
                temps.add(dir);
            }
            return new RuleSetLoader(Clock.systemUTC()).load(dir);
        } catch (PackLoadException e) {
            ProblemList.print(err, "error: the rule set " + side + " could not be loaded:", e.problems());
            return null;
        } catch (IOException | IllegalArgumentException e) {
            err.println("error: " + side + ": " + e.getMessage());
            err.flush();
            return null;
        }
    }

    private static void delete(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a temporary directory left behind is harmless
        }
    }

    /** {@code git show REV:PATH/…} of every file under a path, into a temporary directory. */
    static final class GitRules {
        private GitRules() {}

        static Path extract(String revision, String path) throws IOException {
            if (!revision.matches("[\\w./~^@{}-]+") || revision.startsWith("-")) {
                throw new IllegalArgumentException("not a rule directory, nor a git revision");
            }
            String list = git("ls-tree", "-r", "--name-only", revision, "--", path);
            if (list.isBlank()) {
                throw new IllegalArgumentException(
                        "not a rule directory, and git revision " + revision + " has no files under " + path + "/");
            }
            Path dir = Files.createTempDirectory("pledgescope-rules-");
            for (String file : list.split("\n")) {
                if (file.isBlank()) {
                    continue;
                }
                String rel = file.substring(path.length()).replaceFirst("^/", "");
                Path target = dir.resolve(rel).normalize();
                if (!target.startsWith(dir)) {
                    throw new IllegalArgumentException("refusing path " + file);
                }
                Files.createDirectories(target.getParent());
                Files.write(target, gitBytes("show", revision + ":" + file)); // bytes: a table may be an XLSX
            }
            return dir;
        }

        private static String git(String... args) throws IOException {
            return new String(gitBytes(args), StandardCharsets.UTF_8);
        }

        private static byte[] gitBytes(String... args) throws IOException {
            List<String> cmd = new ArrayList<>(List.of("git"));
            cmd.addAll(List.of(args));
            Process p = new ProcessBuilder(cmd).redirectErrorStream(false).start();
            byte[] out = p.getInputStream().readAllBytes();
            String error = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            try {
                if (p.waitFor() != 0) {
                    throw new IllegalArgumentException("not a rule directory, nor a git revision here ("
                            + (error.isEmpty()
                                    ? "git failed"
                                    : error.lines().findFirst().orElse("")) + ")");
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted", e);
            }
            return out;
        }
    }
}
