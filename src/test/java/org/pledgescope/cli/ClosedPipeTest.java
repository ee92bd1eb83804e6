package org.pledgescope.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code pledgescope check … | head -4}: a pipe whose reader has gone is an ordinary end, so the command stops quietly
 * (nothing on stderr, exit 141 as a shell reports a Unix tool stopped by SIGPIPE); a full disk or a device error keeps
 * its message and exit 3. Both in a process of their own, since only the real standard output meets EPIPE.
 */
@EnabledOnOs({OS.LINUX})
class ClosedPipeTest {
    private static final List<String> CHECK = List.of(
            "check",
            "--rules",
            "src/test/resources/packs/teaching/valid",
            "src/test/resources/queries/body-cams-sale.json");

    private static ProcessBuilder pledgescope(List<String> args) {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new java.util.ArrayList<>(
                List.of(java, "-cp", System.getProperty("java.class.path"), "org.pledgescope.PledgeScope"));
        command.addAll(args);
        return new ProcessBuilder(command);
    }

    @Test
    void aClosedPipeStopsTheRunQuietly(@TempDir Path dir) throws Exception {
        File stderr = dir.resolve("stderr").toFile();
        Process p = pledgescope(CHECK).redirectError(stderr).start();
        p.getInputStream().close(); // the reader is gone before the first line is written, as after head -4
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();

        assertThat(p.exitValue()).isEqualTo(ExitCode.CLOSED_PIPE);
        assertThat(Files.readString(stderr.toPath(), StandardCharsets.UTF_8)).isEmpty();
    }

    @Test
    void aFullDiskIsStillAnErrorWithItsMessage(@TempDir Path dir) throws IOException, InterruptedException {
        File stderr = dir.resolve("stderr").toFile();
        Process p = pledgescope(CHECK)
                .redirectOutput(new File("/dev/full"))
                .redirectError(stderr)
                .start();
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();

        assertThat(p.exitValue()).isEqualTo(ExitCode.OUTPUT_ERROR);
        assertThat(Files.readString(stderr.toPath(), StandardCharsets.UTF_8))
                .isEqualTo("error: standard output could not be written (a full disk or a device error)\n");
    }
}
