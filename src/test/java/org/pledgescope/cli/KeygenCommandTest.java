package org.pledgescope.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pledgescope.bundle.BundleKeys;

/** {@code keygen -o DIR}: writes DIR/bundle.key and DIR/bundle.pub, names the key, and never overwrites a key (exit 1). */
class KeygenCommandTest {
    @TempDir
    Path dir;

    @Test
    void writesAPairAndNamesItsKey() {
        Path keys = dir.resolve("keys");
        CliRun run = CliRun.run("", "keygen", "-o", keys.toString());

        assertThat(run.exitCode()).isZero();
        String id = BundleKeys.id(BundleKeys.readPublic(keys.resolve("bundle.pub")));
        assertThat(run.out()).startsWith("key " + id + ": " + keys.resolve("bundle.key"));
        assertThat(BundleKeys.publicOf(BundleKeys.readPrivate(keys.resolve("bundle.key"))))
                .isEqualTo(BundleKeys.readPublic(keys.resolve("bundle.pub")));
    }

    @Test
    void neverOverwritesAKey() throws Exception {
        assertThat(CliRun.run("", "keygen", "-o", dir.toString()).exitCode()).isZero();
        String before = Files.readString(dir.resolve("bundle.key"));

        CliRun again = CliRun.run("", "keygen", "-o", dir.toString());

        assertThat(again.exitCode()).isEqualTo(1);
        assertThat(again.err()).contains("bundle.key already exists; not overwritten");
        assertThat(Files.readString(dir.resolve("bundle.key"))).isEqualTo(before);
    }
}
