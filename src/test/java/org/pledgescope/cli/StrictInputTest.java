package org.pledgescope.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The CLI reads queries as strictly as the API (fixtures under src/test/resources/json): {@code check} refuses a
 * file that is not UTF-8 naming the byte, and {@code batch} answers a line with a key given twice or a byte that
 * is not UTF-8 with its own error while the lines around it are answered.
 */
class StrictInputTest {
    private static final String FIXTURES = "src/test/resources/json/";

    @Test
    void checkRefusesAQueryThatIsNotUtf8NamingTheByte() {
        CliRun run = CliRun.run("", "check", "--rules", "rules", FIXTURES + "invalid-utf8.json");
        assertThat(run.exitCode()).isEqualTo(ExitCode.REJECTED);
        assertThat(run.err())
                .contains("not valid UTF-8: byte 0xE9 at byte offset 145 (line 6, column 29)")
                .doesNotContain("\uFFFD");
    }

    @Test
    void checkRefusesAKeyGivenTwice() {
        CliRun run = CliRun.run("", "check", "--rules", "rules", FIXTURES + "duplicate-key.json");
        assertThat(run.exitCode()).isEqualTo(ExitCode.REJECTED);
        assertThat(run.err()).contains("agency.type: malformed JSON at line 8, column 11: duplicate key 'type'");
    }

    @Test
    void batchAnswersBadLinesEachWithItsOwnError() throws IOException {
        byte[] in = Files.readAllBytes(Path.of(FIXTURES + "mixed.ndjson"));
        CliRun run = CliRun.run(new ByteArrayInputStream(in), null, "batch", "--rules", "rules");
        String[] lines = run.out().split("\n");
        assertThat(lines).hasSize(5);
        assertThat(lines[1]).startsWith("{\"line\":2,").contains("duplicate key 'type'");
        assertThat(lines[2]).startsWith("{\"line\":3,").contains("not valid UTF-8: byte 0xE9");
        assertThat(lines[4]).contains("\"verdict\":\"COVERED\"");
        assertThat(run.err()).contains("3 of 5 lines rejected");
        assertThat(run.exitCode()).isEqualTo(ExitCode.REJECTED);
    }
}
