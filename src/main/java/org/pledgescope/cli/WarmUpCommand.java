package org.pledgescope.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.pledgescope.pack.RulesLocation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code warm-up DIR} (hidden): runs the one-shot commands once each, on scratch copies of the bundled packs in an
 * empty directory, with their output thrown away, so that a JVM watching it learns which classes a run loads.
 * {@code bin/pledgescope} runs it once per build and Java to record a class-data-sharing archive that later runs map
 * instead of loading and verifying thousands of classes.
 *
 * <p>It covers both compilers: {@code test} compiles the packs missing from the cache with Drools' classic compiler
 * (DRL, CSV and XLSX packs) and runs a suite; {@code check} compiles one pack with the executable model and stores
 * it, then loads it from the cache. The cache it uses is {@code DIR/cache}, never the user's.
 */
@Command(
        name = "warm-up",
        hidden = true,
        mixinStandardHelpOptions = true,
        description = "Run each one-shot command once on scratch copies of the bundled packs in DIR (which must be "
                + "empty or absent), output discarded; bin/pledgescope records the classes this loads. "
                + "Exit 0 when every step did what it should, 2 otherwise.")
final class WarmUpCommand implements Callable<Integer> {
    private static final String PACK = "warm-up";
    private static final String CACHE_PROPERTY = "pledgescope.cache";
    /** A query every pack answers (no pledge named), some facts left unknown. */
    private static final String QUERY = """
            {"useDate": "2020-07-15", "asKnownOn": "2020-07-15",
             "agency": {"type": "MUNICIPAL_POLICE", "country": "US"},
             "activity": "USE", "capability": "FACE_COMPARISON"}
            """;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "DIR", description = "An empty or absent scratch directory.")
    Path dir;

    @Override
    public Integer call() {
        String cacheSetting = System.getProperty(CACHE_PROPERTY);
        try {
            return warmUp();
        } finally {
            if (cacheSetting == null) {
                System.clearProperty(CACHE_PROPERTY);
            } else {
                System.setProperty(CACHE_PROPERTY, cacheSetting);
            }
        }
    }

    private int warmUp() {
        PrintWriter err = spec.commandLine().getErr();
        try {
            if (Files.isDirectory(dir)) {
                try (var entries = Files.list(dir)) {
                    if (entries.findAny().isPresent()) {
                        err.println("error: warm-up: " + dir + " is not empty; give an empty or absent directory");
                        err.flush();
                        return ExitCode.LOAD_ERROR;
                    }
                }
            }
            System.setProperty(CACHE_PROPERTY, dir.resolve("cache").toString());
            Path all = dir.resolve("rules");
            Path one = dir.resolve("one");
            RulesLocation.bundled().copyTo(all);
            Path query = dir.resolve("query.json");
            Files.writeString(query, QUERY);
            List<String> failed = new ArrayList<>();
            step(
                    failed,
                    "new",
                    PACK,
                    "--rules",
                    all.toString(),
                    "--suites",
                    dir.resolve("suites").toString());
            step(
                    failed,
                    "new",
                    PACK,
                    "--rules",
                    one.toString(),
                    "--suites",
                    dir.resolve("one-suites").toString());
            // The classic compiler for every pack (none is in the empty cache), a suite, its reports.
            step(
                    failed,
                    "test",
                    "--rules",
                    all.toString(),
                    "--coverage",
                    "--junit-xml",
                    dir.resolve("junit.xml").toString(),
                    dir.resolve("suites").toString());
            // The executable model: compiled and stored, then loaded from the cache.
            step(failed, "check", "--rules", one.toString(), query.toString());
            step(failed, "check", "--json", "--rules", one.toString(), query.toString());
            step(failed, "validate", "--no-lint", "--rules", one.toString());
            step(
                    failed,
                    "map",
                    "--rules",
                    one.toString(),
                    "--format",
                    "json",
                    "-o",
                    dir.resolve("map.json").toString(),
                    PACK);
            if (!failed.isEmpty()) {
                err.println("error: warm-up: " + String.join("; ", failed));
                err.flush();
                return ExitCode.LOAD_ERROR;
            }
            spec.commandLine().getOut().println("warmed up in " + dir);
            spec.commandLine().getOut().flush();
            return ExitCode.OK;
        } catch (IOException | RuntimeException e) {
            err.println("error: warm-up: " + e.getMessage());
            err.flush();
            return ExitCode.LOAD_ERROR;
        }
    }

    /** Runs one command with its output discarded; a step that does not exit 0 is noted. */
    private static void step(List<String> failed, String... args) {
        PrintWriter nowhere = new PrintWriter(Writer.nullWriter());
        int code = Cli.run(nowhere, nowhere, args);
        if (code != ExitCode.OK) {
            failed.add(String.join(" ", args) + " exited " + code);
        }
    }
}
