package org.pledgescope.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Replays docs/writing-rules.md's walkthrough: {@code new}, then the files the walkthrough shows (each block after a
 * {@code <!-- walkthrough: PATH -->} line), then a green {@code test} with full coverage. The files shown are the
 * shipped ones, so the walkthrough cannot drift from the pack.
 */
class WalkthroughTest {
    private static final Pattern BLOCK =
            Pattern.compile("<!-- walkthrough: (\\S+) -->\\n```\\w*\\n(.*?)```", Pattern.DOTALL);
    private static final String PACK = "google-cloud-face-apis";
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return Cli.run(new PrintWriter(out), new PrintWriter(err), args);
    }

    static Map<String, String> files() throws IOException {
        Map<String, String> files = new LinkedHashMap<>();
        Matcher m = BLOCK.matcher(Files.readString(Path.of("docs/writing-rules.md")));
        while (m.find()) {
            files.put(m.group(1), m.group(2));
        }
        return files;
    }

    @Test
    void theWalkthroughShowsTheShippedFiles() throws IOException {
        Map<String, String> files = files();
        assertThat(files)
                .containsOnlyKeys(
                        "rules/" + PACK + "/pack.yaml",
                        "rules/" + PACK + "/rules.csv",
                        "examples/scenarios/google.yaml");
        files.forEach((path, text) -> assertThat(text).as(path).isEqualTo(read(path)));
    }

    @Test
    void fromNewToAGreenTest(@TempDir Path tmp) throws IOException {
        Path rules = tmp.resolve("rules");
        Path suites = tmp.resolve("examples/scenarios");
        assertThat(run("new", PACK, "--rules", rules.toString(), "--suites", suites.toString()))
                .isZero();
        assertThat(run(
                        "test",
                        "--rules",
                        rules.toString(),
                        "--pack",
                        PACK,
                        suites.resolve(PACK + ".yaml").toString()))
                .as(out + "\n" + err)
                .isZero();
        Files.delete(suites.resolve(PACK + ".yaml"));
        for (Map.Entry<String, String> file : files().entrySet()) {
            Files.writeString(tmp.resolve(file.getKey()), file.getValue());
        }
        out.getBuffer().setLength(0);
        int code = run(
                "test",
                "--rules",
                rules.toString(),
                "--pack",
                PACK,
                "--coverage",
                "--min-coverage",
                "100",
                suites.resolve("google.yaml").toString());
        assertThat(code).as(out + "\n" + err).isZero();
        assertThat(out.toString())
                .contains("(9 passed, 0 failed)", "coverage " + PACK + ": 100.0% of rules fired (7/7)");
    }

    private static String read(String path) {
        try {
            return Files.readString(Path.of(path));
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
