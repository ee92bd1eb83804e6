package org.pledgescope.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code test} and {@code validate} end when their work is done: a pack missing from the compiled-rules cache (as after
 * an edit) is compiled with the compiler for edits and not stored; {@code check} compiles with the executable model
 * and stores it, so the next run loads it.
 */
class OneShotCommandsStoreNothingTest {
    @TempDir
    Path cache;

    private String cacheSetting;

    @BeforeEach
    void useAnEmptyCache() {
        cacheSetting = System.getProperty("pledgescope.cache");
        System.setProperty("pledgescope.cache", cache.toString());
    }

    @AfterEach
    void restoreTheCache() {
        if (cacheSetting == null) {
            System.clearProperty("pledgescope.cache");
        } else {
            System.setProperty("pledgescope.cache", cacheSetting);
        }
    }

    private List<Path> stored() throws IOException {
        try (Stream<Path> files = Files.list(cache)) {
            return files.filter(p -> p.toString().endsWith(".jar")).toList();
        }
    }

    private static void run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Cli.run(new PrintWriter(out), new PrintWriter(err), args);
        assertThat(code).as(err.toString()).isZero();
    }

    /** A scaffolded pack (a decision table) and its suite, in {@code tmp}. */
    private static Path scaffold(Path tmp) {
        run(
                "new",
                "acme-face",
                "--rules",
                tmp.resolve("rules").toString(),
                "--suites",
                tmp.resolve("s").toString());
        return tmp.resolve("rules");
    }

    @Test
    void testAndValidateLeaveTheCacheAsItWas(@TempDir Path tmp) throws IOException {
        Path rules = scaffold(tmp);

        run("validate", "--no-lint", "--rules", rules.toString());
        run("test", "--rules", rules.toString(), tmp.resolve("s").toString());

        assertThat(stored()).isEmpty();
    }

    @Test
    void checkStoresWhatItCompiled(@TempDir Path tmp) throws IOException {
        Path rules = scaffold(tmp);
        Path query = tmp.resolve("q.json");
        Files.writeString(query, """
                {"useDate": "2020-07-15", "agency": {"type": "MUNICIPAL_POLICE", "country": "US"},
                 "activity": "USE", "capability": "FACE_COMPARISON"}
                """);

        run("check", "--rules", rules.toString(), query.toString());

        assertThat(stored()).hasSize(1);
    }
}
