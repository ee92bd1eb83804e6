package org.pledgescope.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A command run as its own process prints no logging noise (no SLF4J warning line, no library WARN) on stderr:
 * the loggers are set up before Drools, POI or Spring first log.
 */
class NoLoggingNoiseTest {

    private static String stderrOf(Path dir, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                System.getProperty("java.class.path"),
                "org.pledgescope.PledgeScope"));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command)
                .directory(dir.toFile())
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(300, TimeUnit.SECONDS)).isTrue();
        return err;
    }

    @Test
    void helpNewAndValidatePrintNoLoggingLines(@TempDir Path tmp) throws Exception {
        assertThat(stderrOf(tmp, "help")).doesNotContain("SLF4J").doesNotContain("WARN");
        assertThat(stderrOf(tmp, "new", "acme-face")).doesNotContain("SLF4J").doesNotContain("WARN");
        assertThat(stderrOf(
                        tmp,
                        "validate",
                        "--rules",
                        Path.of("rules").toAbsolutePath().toString()))
                .doesNotContain("SLF4J")
                .doesNotContain("WARN")
                .doesNotContain("Exception");
        // test starts Drools on a thread of its own while picocli reads the arguments (DroolsStart).
        assertThat(stderrOf(
                        tmp,
                        "test",
                        "--rules",
                        Path.of("rules").toAbsolutePath().toString(),
                        "--pack",
                        "amazon-rekognition-moratorium",
                        Path.of("examples").toAbsolutePath().toString()))
                .doesNotContain("SLF4J")
                .doesNotContain("WARN")
                .doesNotContain("Exception");
    }
}
