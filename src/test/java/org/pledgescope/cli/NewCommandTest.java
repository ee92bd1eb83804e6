package org.pledgescope.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code pledgescope new PACK-ID}: a pack, a table and a suite that load and pass at once; bad ids refused. */
class NewCommandTest {
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return Cli.run(new PrintWriter(out), new PrintWriter(err), args);
    }

    @Test
    void theScaffoldLoadsAndItsSuitePasses(@TempDir Path tmp) {
        Path rules = tmp.resolve("rules");
        Path suites = tmp.resolve("scenarios");

        assertThat(run("new", "acme-face", "--rules", rules.toString(), "--suites", suites.toString()))
                .isZero();

        assertThat(rules.resolve("acme-face/pack.yaml")).isRegularFile();
        assertThat(rules.resolve("acme-face/rules.csv")).isRegularFile();
        assertThat(suites.resolve("acme-face.yaml")).isRegularFile();
        assertThat(out.toString()).contains("pledgescope test --rules " + rules + " --pack acme-face");
        int code = run(
                "test",
                "--rules",
                rules.toString(),
                "--pack",
                "acme-face",
                "--coverage",
                "--min-coverage",
                "100",
                suites.resolve("acme-face.yaml").toString());
        assertThat(code).as(out + "\n" + err).isZero();
        assertThat(out.toString()).contains("2 passed, 0 failed", "coverage acme-face: 100.0% of rules fired (1/1)");
    }

    @Test
    void anIdThatIsNotAnIdOrAPackThatExistsIsRefusedWritingNothing(@TempDir Path tmp) throws Exception {
        Path rules = tmp.resolve("rules");
        assertThat(run("new", "Acme Face", "--rules", rules.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("error: 'Acme Face' is not a pack id");
        assertThat(rules).doesNotExist();

        Files.createDirectories(rules.resolve("acme-face"));
        assertThat(run(
                        "new",
                        "acme-face",
                        "--rules",
                        rules.toString(),
                        "--suites",
                        tmp.resolve("s").toString()))
                .isEqualTo(2);
        assertThat(err.toString()).contains("acme-face already exists");
        assertThat(tmp.resolve("s")).doesNotExist();
    }
}
