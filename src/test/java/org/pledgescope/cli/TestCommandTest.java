package org.pledgescope.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code pledgescope test}: exit 0 all pass, 1 any fails (diff printed, JUnit failure), 2 load error. */
class TestCommandTest {
    private static final String FIXTURES = "src/test/resources/scenarios/";
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return Cli.run(new PrintWriter(out), new PrintWriter(err), args);
    }

    @Test
    void shippedSuitesPassWithFullCoverage() {
        int code = run("test", "--rules", "rules", "--coverage", "--min-coverage", "100");

        assertThat(code).isZero();
        assertThat(out.toString())
                .contains(
                        "ok   examples/scenarios/timeline.yaml",
                        "coverage amazon-rekognition-moratorium: 100.0% of rules fired (23/23)");
        assertThat(out.toString().strip()).matches("(?s).*\\n\\d+ passed, 0 failed");
    }

    @Test
    void aFailingScenarioExitsOnePrintsTheDiffAndWritesAJUnitFailure(@TempDir Path tmp) throws Exception {
        Path xml = tmp.resolve("junit.xml");

        int code = run("test", "--rules", "rules", "--junit-xml", xml.toString(), FIXTURES + "failing");

        assertThat(code).isEqualTo(1);
        assertThat(out.toString())
                .contains(
                        FIXTURES + "failing/wrong-expectations.yaml:11",
                        "ICE face search wrongly expected covered",
                        "verdict: expected COVERED, got UNDETERMINED");
        assertThat(out.toString().strip()).endsWith("1 passed, 2 failed");
        assertThat(Files.readString(xml)).contains("<failure message=\"verdict: expected COVERED, got UNDETERMINED\">");
    }

    @Test
    void aRuleChangeThatMovesAVerdictExitsOneNamingTheScenario(@TempDir Path tmp) throws Exception {
        Path pack = tmp.resolve("amazon-rekognition-moratorium");
        Files.createDirectories(pack);
        try (var files = Files.list(Path.of("rules/amazon-rekognition-moratorium"))) {
            for (Path f : files.toList()) {
                Files.copy(f, pack.resolve(f.getFileName()));
            }
        }
        // An analyst decides sheriff's offices are not police departments.
        Path classification = pack.resolve("classification.drl");
        Files.writeString(
                classification,
                Files.readString(classification)
                        .replace(
                                "agencyType memberOf police",
                                "agencyType in (\"MUNICIPAL_POLICE\", \"STATE_POLICE\")"));

        int code = run("test", "--rules", tmp.toString(), "examples/scenarios/gomez-letter.yaml");

        assertThat(code).isEqualTo(1);
        assertThat(out.toString())
                .contains(
                        "Q4 Washington County Sheriff's mug-shot search under its 2017 contract, "
                                + "as known on the day of the letter",
                        "verdict: expected UNDETERMINED, got NOT_COVERED");
        assertThat(out.toString().strip()).matches("(?s).*\\n\\d+ passed, [1-9]\\d* failed");
    }

    @Test
    void aFailingScenarioShowsTheRulesFiredInEachWorld() {
        int code = run("test", "--rules", "rules", FIXTURES + "failing");

        assertThat(code).isEqualTo(1);
        // ICE in July 2020: one world (every fact given), in which these rules fired.
        assertThat(out.toString())
                .contains("world the query's facts: fired [any-purpose-until-clarified, "
                        + "face-comparison-is-facial-recognition, federal-agencies-may-be-police, police-in-the-united-states, "
                        + "police-use]; findings [PROHIBITS police-use if [amazon-federal-agencies]]");
        // The sheriff's search with its contract date unknown: a world per date tried.
        assertThat(out.toString()).containsPattern("world \\{contract.signedOn=[^}]+\\}: fired \\[");
    }

    @Test
    void packLimitsTheRunAndTheCoverageToThePackNamed() {
        int code = run("test", "--rules", "rules", "--pack", "google-cloud-face-apis", "--coverage");

        assertThat(code).as(out + "\n" + err).isZero();
        assertThat(out.toString())
                .contains(
                        "ok   examples/scenarios/google.yaml",
                        "coverage google-cloud-face-apis: 100.0% of rules fired (7/7)")
                .doesNotContain("timeline.yaml", "coverage amazon");
    }

    @Test
    void anUnknownPackIsALoadError() {
        assertThat(run("test", "--rules", "rules", "--pack", "no-such-pack")).isEqualTo(2);
        assertThat(err.toString()).contains("error: no pack named 'no-such-pack' in rules; the packs: [");
    }

    @Test
    void aTypoedKeyExitsTwoNamingFileAndLine() {
        int code = run("test", "--rules", "rules", FIXTURES + "typo");

        assertThat(code).isEqualTo(2);
        assertThat(err.toString())
                .contains(FIXTURES + "typo/misspelled-key.yaml:10: unknown key 'openQuestion' in expect");
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void onlyFiltersByNameAndCountsSkipped() {
        int code = run("test", "--rules", "rules", "--only", "^City", FIXTURES + "failing");

        assertThat(code).isZero();
        assertThat(out.toString().strip()).endsWith("1 passed, 0 failed, 2 skipped");
    }

    @Test
    void coverageBelowTheMinimumExitsOne() {
        int code = run("test", "--rules", "rules", "--min-coverage", "90", "--only", "^City", FIXTURES + "failing");

        assertThat(code).isEqualTo(1);
        assertThat(out.toString())
                .contains("coverage of amazon-rekognition-moratorium is ", "below --min-coverage 90.0%");
    }

    @Test
    void aMissingPathExitsTwo() {
        int code = run("test", "--rules", "rules", "no/such/dir");

        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).contains("no/such/dir: no such suite file or directory");
    }
}
