package org.pledgescope.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code warm-up DIR}, which bin/pledgescope runs to record the classes a run loads: every step on scratch copies of
 * the bundled packs succeeds, both compilers run (the classic one for {@code test}, the executable model stored and
 * loaded by {@code check}), and nothing outside DIR is touched.
 */
class WarmUpCommandTest {
    @Test
    void runsEveryStepInItsDirectoryAndLeavesTheCacheSettingAsItWas(@TempDir Path tmp) throws Exception {
        Path dir = tmp.resolve("warm");
        String cacheSetting = System.getProperty("pledgescope.cache");

        CliRun run = CliRun.run("", "warm-up", dir.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("warmed up in " + dir);
        assertThat(run.err()).isEmpty();
        assertThat(Files.readString(dir.resolve("junit.xml")))
                .contains("failures=\"0\"")
                .contains("tests=\"");
        try (Stream<Path> stored = Files.list(dir.resolve("cache"))) {
            assertThat(stored.map(p -> p.getFileName().toString()))
                    .anyMatch(name -> name.startsWith("warm-up-") && name.endsWith(".jar"));
        }
        assertThat(dir.resolve("rules/amazon-rekognition-moratorium/pack.yaml")).exists();
        assertThat(dir.resolve("rules/ibm-facial-recognition-exit/decisions.xlsx"))
                .exists();
        assertThat(System.getProperty("pledgescope.cache")).isEqualTo(cacheSetting);
    }

    @Test
    void refusesADirectoryThatIsNotEmpty(@TempDir Path tmp) throws Exception {
        Files.writeString(tmp.resolve("notes.txt"), "mine");

        CliRun run = CliRun.run("", "warm-up", tmp.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCode.LOAD_ERROR);
        assertThat(run.err()).contains(tmp + " is not empty");
        assertThat(Files.readString(tmp.resolve("notes.txt"))).isEqualTo("mine");
    }
}
