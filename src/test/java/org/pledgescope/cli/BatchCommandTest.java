package org.pledgescope.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.pledgescope.json.Json;

/** {@code batch}: one answer line per input line, in order; a bad line is answered and the batch goes on. */
class BatchCommandTest {
    private static final String GOOD = "{\"useDate\":\"2020-07-15\",\"asKnownOn\":\"2020-07-15\",\"agency\":{\"type\":"
            + "\"MUNICIPAL_POLICE\",\"country\":\"US\"},\"activity\":\"USE\",\"capability\":\"FACE_COMPARISON\","
            + "\"purpose\":\"CRIMINAL_INVESTIGATION\",\"contract\":{\"signedOn\":\"2020-08-01\"}}";

    @Test
    void answersEveryLineInOrderAndExitsOneWhenALineIsRejected() {
        CliRun run = CliRun.run(
                GOOD + "\n{\"activity\":\"USE\",\"agency\":{\"typ\":\"SHERIFF\"}}\nnot json\n"
                        + GOOD.replace("FACE_COMPARISON", "OTHER_IMAGE_ANALYSIS") + "\n",
                "batch",
                "--rules",
                "rules");
        String[] lines = run.out().split("\n");
        assertThat(lines).hasSize(4);
        assertThat(Json.MAPPER.readTree(lines[0]).at("/results/0/verdict").asString())
                .isEqualTo("COVERED");
        assertThat(Json.MAPPER.readTree(lines[1]).get("line").asInt()).isEqualTo(2);
        assertThat(Json.MAPPER.readTree(lines[1]).at("/error/errors/0/field").asString())
                .isEqualTo("agency.typ");
        assertThat(Json.MAPPER.readTree(lines[2]).at("/error/message").asString())
                .contains("malformed JSON");
        assertThat(Json.MAPPER.readTree(lines[3]).at("/results/0/verdict").asString())
                .isEqualTo("NOT_COVERED");
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("2 of 4 lines rejected");
    }

    @Test
    void exitsZeroWhenEveryLineIsAnswered() {
        CliRun run = CliRun.run(GOOD + "\n" + GOOD + "\n", "batch", "--rules", "rules");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out().split("\n")).hasSize(2);
    }

    @Test
    void aBrokenPackExitsTwo() {
        CliRun run = CliRun.run(GOOD + "\n", "batch", "--rules", "src/test/resources/packs/broken/typo-key");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("pack.yaml:7: unknown key 'publsher'");
    }
}
