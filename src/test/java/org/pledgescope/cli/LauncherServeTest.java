package org.pledgescope.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * bin/pledgescope starts {@code serve} (named, or as the command run with none) with -XX:+ExitOnOutOfMemoryError, so
 * that the JVM exits on running out of heap; one-shot commands run without it. (A stand-in java prints what it is
 * given.)
 */
class LauncherServeTest {
    @TempDir
    Path tmp;

    private String launch(String cds, String... args) throws Exception {
        Path java = tmp.resolve("java");
        Files.writeString(java, "#!/bin/sh\necho \"$@\"\n");
        Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwx------"));
        Path jar = Files.writeString(tmp.resolve("pledgescope.jar"), "");
        List<String> command = new ArrayList<>(List.of("sh", "bin/pledgescope"));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
        pb.environment().put("PLEDGESCOPE_JAVA", java.toString());
        pb.environment().put("PLEDGESCOPE_JAR", jar.toString());
        pb.environment().put("PLEDGESCOPE_CDS", cds);
        pb.environment().put("PLEDGESCOPE_CACHE", tmp.resolve("cache").toString());
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor()).as(out).isZero();
        return out;
    }

    @Test
    void serveExitsOnOutOfMemoryErrorOneShotCommandsDoNot() throws Exception {
        for (String cds : List.of("on", "off")) {
            assertThat(launch(cds, "serve", "--port", "9090")).contains("-XX:+ExitOnOutOfMemoryError");
            assertThat(launch(cds, "--port", "9090")).contains("-XX:+ExitOnOutOfMemoryError");
            assertThat(launch(cds)).contains("-XX:+ExitOnOutOfMemoryError");
            assertThat(launch(cds, "--version")).doesNotContain("ExitOnOutOfMemoryError");
            assertThat(launch(cds, "help")).doesNotContain("ExitOnOutOfMemoryError");
        }
        assertThat(launch("off", "check", "query.json")).doesNotContain("ExitOnOutOfMemoryError");
    }
}
