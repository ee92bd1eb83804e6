package org.pledgescope.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.pledgescope.bundle.BundleFixtures;

/**
 * {@code serve --bundle} that cannot start is one line on stderr and exit code 4: no public key to verify with, a key
 * file that is not one, a rules directory or {@code --watch} alongside.
 */
class ServeBundleOptionsTest {
    private static CliRun serve(String... options) {
        String[] args = new String[options.length + 4];
        args[0] = "serve";
        args[1] = "--port";
        args[2] = "0";
        args[3] = "--spring.main.banner-mode=off";
        System.arraycopy(options, 0, args, 4, options.length);
        return CliRun.run("", args);
    }

    private static void refused(CliRun run, String message) {
        assertThat(run.exitCode()).isEqualTo(4);
        assertThat(run.err()).contains("error: the service could not start: " + message);
        assertThat(run.err()).doesNotContain("\tat ");
    }

    @Test
    void aBundleWithoutAKeyToVerifyItWith() {
        refused(
                serve("--bundle", "http://127.0.0.1:9/bundle.zip"),
                "pledgescope.bundle.source (--bundle) needs pledgescope.bundle.key (--bundle-key PUBLIC_KEY)");
    }

    @Test
    void aKeyFileThatIsNotAPublicKey() {
        refused(
                serve(
                        "--bundle",
                        "http://127.0.0.1:9/bundle.zip",
                        "--bundle-key",
                        BundleFixtures.KEYS.resolve("signing.key").toString()),
                "pledgescope.bundle.key (--bundle-key): ");
    }

    @Test
    void aBundleAndARulesDirectoryOrWatch() {
        String key = BundleFixtures.KEYS.resolve("signing.pub").toString();
        refused(
                serve("--bundle", "b.zip", "--bundle-key", key, "--rules", "rules"),
                "pledgescope.bundle.source (--bundle) and pledgescope.rules (--rules) exclude each other");
        refused(
                serve("--bundle", "b.zip", "--bundle-key", key, "--watch"),
                "pledgescope.bundle.source (--bundle) and pledgescope.watch (--watch) exclude each other");
    }
}
