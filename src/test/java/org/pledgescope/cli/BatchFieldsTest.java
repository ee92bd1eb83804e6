package org.pledgescope.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** {@code batch --fields}: one short line per decision; {@code --threads}: the same answers in the same order. */
class BatchFieldsTest {
    private static final String WASHINGTON = "{\"pledge\":\"amazon-rekognition-moratorium\",\"useDate\":\"2020-07-15\","
            + "\"asKnownOn\":\"2020-07-15\",\"agency\":{\"type\":\"SHERIFF\",\"country\":\"US\"},\"activity\":\"USE\","
            + "\"capability\":\"FACE_COMPARISON\",\"purpose\":\"CRIMINAL_INVESTIGATION\"}";

    @Test
    void fieldsWriteOnlyTheVerdictTheOpenQuestionsAndTheMissingFacts() {
        CliRun run = CliRun.run(
                WASHINGTON + "\n{\"activity\":\"BUY\"}\n",
                "batch",
                "--rules",
                "rules",
                "--fields",
                "verdict,openQuestions,missingFacts");
        assertThat(run.exitCode()).isEqualTo(1);
        List<String> lines = run.out().lines().toList();
        assertThat(lines.get(0))
                .isEqualTo("{\"results\":[{\"pledge\":\"amazon-rekognition-moratorium\","
                        + "\"verdict\":\"UNDETERMINED\",\"openQuestions\":[\"amazon-existing-contracts\"],"
                        + "\"missingFacts\":[\"contract.signedOn\"]}]}");
        assertThat(lines.get(1)).startsWith("{\"line\":2,\"error\":");
    }

    @Test
    void anUnknownFieldIsAClearError() {
        CliRun run = CliRun.run("", "batch", "--rules", "rules", "--fields", "verdict,colour");
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("--fields: 'colour' is not one of [decisionId, rulesetRevision, verdict");
    }

    @Test
    void manyThreadsAnswerInInputOrderAsOneDoes() {
        String input = IntStream.range(0, 3_000)
                .mapToObj(i -> "{\"pledge\":\"amazon-rekognition-moratorium\","
                        + "\"useDate\":\"2020-07-15\",\"asKnownOn\":\""
                        + LocalDate.of(2019, 1, 1).plusDays(i % 2_500)
                        + "\",\"agency\":{\"type\":\"" + (i % 3 == 0 ? "SHERIFF" : "NONPROFIT")
                        + "\",\"country\":\"US\"},"
                        + "\"activity\":\"USE\",\"capability\":\"FACE_COMPARISON\",\"purpose\":\"CRIMINAL_INVESTIGATION\","
                        + "\"contract\":{\"signedOn\":\"2020-08-01\"}}" + (i == 1_234 ? "x" : ""))
                .collect(Collectors.joining("\n", "", "\n"));
        CliRun one = CliRun.run(input, "batch", "--rules", "rules", "--threads", "1", "--fields", "verdict,because");
        CliRun four = CliRun.run(input, "batch", "--rules", "rules", "--threads", "4", "--fields", "verdict,because");
        assertThat(four.out()).isEqualTo(one.out());
        assertThat(four.out().lines().count()).isEqualTo(3_000);
        assertThat(four.out().lines().skip(1_234).findFirst().orElseThrow()).startsWith("{\"line\":1235,");
        assertThat(four.err()).isEqualTo(one.err()).isEqualTo("1 of 3000 lines rejected\n");
    }

    @Test
    void progressGoesToStderrWhenAsked() {
        CliRun run = CliRun.run(WASHINGTON + "\n", "batch", "--rules", "rules", "--progress", "--fields", "verdict");
        assertThat(run.err()).contains("1 lines, ").contains(" lines/s, 0 rejected");
        assertThat(run.out().lines().count()).isEqualTo(1);
    }
}
