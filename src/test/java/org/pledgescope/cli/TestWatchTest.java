package org.pledgescope.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code test --watch} stays running and, after a save to one pack's table, recompiles that pack and re-runs only
 * the suites about it; a save that breaks the table is reported, and the next good save runs again.
 */
class TestWatchTest {
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @Test
    void aSaveReRunsTheSuitesOfThePackEdited(@TempDir Path tmp) throws Exception {
        Path rules = tmp.resolve("rules");
        Path suites = tmp.resolve("scenarios");
        CommandLine cli = Cli.commandLine().setOut(new PrintWriter(out, true)).setErr(new PrintWriter(err, true));
        assertThat(cli.execute("new", "acme-face", "--rules", rules.toString(), "--suites", suites.toString()))
                .isZero();
        assertThat(cli.execute("new", "other-pledge", "--rules", rules.toString(), "--suites", suites.toString()))
                .isZero();
        out.getBuffer().setLength(0);

        CompletableFuture<Integer> watching = CompletableFuture.supplyAsync(() ->
                cli.execute("test", "--rules", rules.toString(), "--watch", "--watch-runs", "2", suites.toString()));
        waitFor("watching ");
        Path table = rules.resolve("acme-face/rules.csv");
        String good = Files.readString(table);
        Files.writeString(table, good.replace(",PROHIBITS,", ",FORBIDS,"));
        waitFor("the rules do not load");
        Files.writeString(table, good.replace("faceFeatures", "FACE_COMPARISON"));

        assertThat(watching.get(120, TimeUnit.SECONDS)).as(out + "\n" + err).isZero();
        assertThat(err.toString()).contains("rules.csv!H3: 'FORBIDS' is not an effect");
        String rerun = out.toString().substring(out.toString().indexOf("the rules do not load"));
        assertThat(rerun)
                .contains("ok   " + suites.resolve("acme-face.yaml"), "re-ran 1 suite in ")
                .doesNotContain("other-pledge.yaml");
    }

    private void waitFor(String text) throws InterruptedException {
        for (int i = 0; i < 1200 && !out.toString().contains(text); i++) {
            Thread.sleep(100);
        }
        assertThat(out.toString()).contains(text);
    }
}
