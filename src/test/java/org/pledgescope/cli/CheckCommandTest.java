package org.pledgescope.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.pledgescope.json.Json;
import tools.jackson.databind.JsonNode;

/** {@code check}: one query in, the decision out (text or JSON); exit 2 for a broken pack, 1 for a bad query. */
class CheckCommandTest {

    @Test
    void printsTheDecisionAsJson() {
        CliRun run = CliRun.run("", "check", "--rules", "rules", "--json", "examples/queries/police-face-search.json");
        assertThat(run.exitCode()).isZero();
        JsonNode decision = Json.MAPPER.readTree(run.out());
        assertThat(decision.get("rulesetRevision").asString()).startsWith("sha256:");
        assertThat(decision.at("/results/0/verdict").asString()).isEqualTo("COVERED");
        assertThat(decision.at("/results/0/reasons/0/clause").asString()).isEqualTo("amazon-2020-06-10#police-use");
        assertThat(decision.at("/query/useDate").asString()).isEqualTo("2020-07-15");
    }

    @Test
    void printsAHumanReadableExplanationByDefault() {
        CliRun run = CliRun.run("", "check", "--rules", "rules", "examples/queries/police-face-search.json");
        assertThat(run.out())
                .contains("amazon-rekognition-moratorium: COVERED")
                .contains("PROHIBITS  police-use  [amazon-2020-06-10#police-use]")
                .contains("\u201cWe're implementing a one-year moratorium");
    }

    @Test
    void readsTheQueryFromStdin() {
        CliRun run = CliRun.run(
                "{\"agency\":{\"type\":\"NONPROFIT\"},\"activity\":\"DEVELOPMENT\","
                        + "\"capability\":\"OTHER_IMAGE_ANALYSIS\"}",
                "check",
                "--rules",
                "rules",
                "-");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains(": NOT_COVERED");
    }

    @Test
    void aBrokenPackExitsTwoWithFileAndLine() {
        CliRun run = CliRun.run(
                "",
                "check",
                "--rules",
                "src/test/resources/packs/broken/dangling-citation",
                "examples/queries/police-face-search.json");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("packs/broken/dangling-citation/minimal/rules.drl:8: rule 'ban' cites clause");
        assertThat(run.out()).isEmpty();
    }

    private static final String BROKEN_OF_TWO = "src/test/resources/packs/broken/one-broken-of-two";

    @Test
    void aQueryNamingItsPledgeCompilesOnlyThatPack() {
        // The other pack's rules do not compile; a query about this pledge does not need them.
        CliRun run = CliRun.run(
                "{\"pledge\":\"good\",\"useDate\":\"2020-06-01\",\"agency\":{\"type\":\"MUNICIPAL_POLICE\"}}",
                "check",
                "--rules",
                BROKEN_OF_TWO,
                "-");
        assertThat(run.err()).isEmpty();
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("good: COVERED");
    }

    @Test
    void aQueryNamingNoPledgeOrAnUnknownOneLoadsEveryPack() {
        for (String query : new String[] {
            "{\"agency\":{\"type\":\"MUNICIPAL_POLICE\"}}", "{\"pledge\":\"nope\",\"agency\":{\"type\":\"SHERIFF\"}}"
        }) {
            CliRun run = CliRun.run(query, "check", "--rules", BROKEN_OF_TWO, "-");
            assertThat(run.exitCode()).as(query).isEqualTo(2);
            assertThat(run.err()).as(query).contains("one-broken-of-two/bad/rules.drl");
        }
        CliRun unknown = CliRun.run("{\"pledge\":\"nope\"}", "check", "--rules", "rules", "-");
        assertThat(unknown.exitCode()).isEqualTo(1);
        assertThat(unknown.err()).contains("unknown pledge 'nope'; loaded: [amazon-rekognition-moratorium");
    }

    @Test
    void anInvalidQueryExitsOneNamingTheFieldAndAllowedValues() {
        CliRun run = CliRun.run("{\"activity\":\"USING\"}", "check", "--rules", "rules", "-");
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err())
                .contains("activity: 'USING' is not one of [SALE, RENEWAL, PILOT, USE, SUPPORT, DEVELOPMENT]");
        assertThat(run.err()).doesNotContain("Exception");
    }
}
