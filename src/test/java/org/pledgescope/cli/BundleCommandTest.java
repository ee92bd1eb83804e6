package org.pledgescope.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pledgescope.TestRules;
import org.pledgescope.bundle.BundleFixtures;
import org.pledgescope.bundle.BundleLimits;
import org.pledgescope.bundle.BundleManifest;
import org.pledgescope.bundle.BundleVerifier;

/**
 * {@code bundle}: writes a signed bundle that verifies under the public key, names its revision, packs and signer; an
 * unsigned one with a note that replicas refuse it; exit 2 with every problem when the rules do not load, exit 1 when
 * the key cannot be used; nothing but the bundle (readable by all, as it is published) is left in the output directory.
 */
class BundleCommandTest {
    @TempDir
    Path dir;

    private static String[] args(String... more) {
        return more;
    }

    @Test
    void writesASignedBundleThatVerifiesUnderThePublicKey() throws IOException {
        Path out = dir.resolve("rules.bundle.zip");
        CliRun run = CliRun.run(
                "",
                args(
                        "bundle",
                        "--rules",
                        "src/test/resources/packs/valid",
                        "-o",
                        out.toString(),
                        "--sign",
                        BundleFixtures.KEYS.resolve("signing.key").toString()));

        assertThat(run.exitCode()).as(run.err()).isZero();
        String revision = TestRules.load(TestRules.packs("valid")).revision();
        assertThat(run.out())
                .contains(out + ": " + revision + ", 1 pack [minimal], ")
                .contains("signed by key " + org.pledgescope.bundle.BundleKeys.id(BundleFixtures.trusted()));
        BundleManifest manifest = BundleVerifier.verify(
                        Files.readAllBytes(out), BundleFixtures.trusted(), BundleLimits.DEFAULT)
                .manifest();
        assertThat(manifest.revision()).isEqualTo(revision);
        assertThat(manifest.files())
                .extracting(BundleManifest.FileEntry::path)
                .contains("rules/vocabulary.yaml", "rules/minimal/pack.yaml", "rules/minimal/rules.drl")
                .anyMatch(p -> p.startsWith("compiled/minimal-"));
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(out)))
                .as("readable by the server that publishes it")
                .isEqualTo("rw-r--r--");
        try (Stream<Path> left = Files.list(dir)) {
            assertThat(left).containsExactly(out);
        }
    }

    @Test
    void anUnsignedBundleIsWrittenWithANoteThatReplicasRefuseIt() {
        Path out = dir.resolve("unsigned.zip");
        CliRun run = CliRun.run("", args("bundle", "--rules", "src/test/resources/packs/valid", "-o", out.toString()));

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).endsWith(", unsigned\n");
        assertThat(run.err()).contains("note: unsigned: replicas (serve --bundle-key) refuse it");
        assertThat(out).exists();
    }

    @Test
    void rulesThatDoNotLoadAreExitTwoWithEveryProblemAndNoBundle() {
        Path out = dir.resolve("broken.zip");
        CliRun run = CliRun.run(
                "",
                args(
                        "bundle",
                        "--rules",
                        "src/test/resources/packs/broken/syntax-error-amazon",
                        "-o",
                        out.toString(),
                        "--sign",
                        BundleFixtures.KEYS.resolve("signing.key").toString()));

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err())
                .contains("error: the rule set could not be loaded:")
                .contains("decisions.drl:18:");
        assertThat(out).doesNotExist();
    }

    @Test
    void aKeyThatCannotSignIsExitOne() {
        Path out = dir.resolve("b.zip");
        CliRun run = CliRun.run(
                "",
                args(
                        "bundle",
                        "--rules",
                        "src/test/resources/packs/valid",
                        "-o",
                        out.toString(),
                        "--sign",
                        BundleFixtures.KEYS.resolve("signing.pub").toString()));

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("signing.pub: holds a public key, not a private key");
        assertThat(out).doesNotExist();
    }
}
