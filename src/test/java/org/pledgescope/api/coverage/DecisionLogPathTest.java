package org.pledgescope.api.coverage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pledgescope.api.UnusableSettingException;

/**
 * The decision log's path must be a regular file, or not exist yet, in a directory where files can be created
 * (the log is rotated there): a device ({@code /dev/full}), a file of {@code /proc}, a directory are refused when
 * the service starts, not found out decision by decision (the probe had both accepted).
 */
class DecisionLogPathTest {
    @TempDir
    Path dir;

    private static DecisionLog open(Path path) {
        return new DecisionLog(path, 1 << 20, 2, new SimpleMeterRegistry());
    }

    @Test
    void aDeviceIsRefused() {
        assumeThat(Path.of("/dev/full")).exists();
        assertThatThrownBy(() -> open(Path.of("/dev/full")))
                .isInstanceOf(UnusableSettingException.class)
                .hasMessage("pledgescope.decision-log: cannot write /dev/full: not a regular file (a directory, device"
                        + " or pipe); name a file in a directory the service may write to");
    }

    @Test
    void aFileInADirectoryWhereNoFileCanBeCreatedIsRefused() {
        assumeThat(Path.of("/proc/version")).exists();
        assertThatThrownBy(() -> open(Path.of("/proc/version")))
                .isInstanceOf(UnusableSettingException.class)
                .hasMessageStartingWith("pledgescope.decision-log: cannot write /proc/version: no file can be created"
                        + " in its directory /proc (");
    }

    @Test
    void aDirectoryIsRefused() {
        assertThatThrownBy(() -> open(dir))
                .isInstanceOf(UnusableSettingException.class)
                .hasMessageContaining("not a regular file");
    }

    @Test
    void aNewFileAndAnExistingOneAreAccepted() throws IOException {
        assertThat(open(dir.resolve("new.ndjson")).health().getDetails()).containsEntry("enabled", true);
        Path existing = Files.writeString(dir.resolve("existing.ndjson"), "{}\n");
        assertThat(open(existing).health().getDetails()).containsEntry("enabled", true);
        assertThat(dir).isDirectoryNotContaining("glob:**.probe");
    }
}
