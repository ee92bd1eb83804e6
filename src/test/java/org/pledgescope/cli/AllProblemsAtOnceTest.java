package org.pledgescope.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

/**
 * One load reports every problem of every file: a table's header and its cells, another pack's pack.yaml, and the
 * suites' own problems beside the packs'; past 50 problems the rest are counted in one line.
 */
class AllProblemsAtOnceTest {
    private static final String TEACHING = "src/test/resources/packs/teaching/";

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return Cli.run(new PrintWriter(out), new PrintWriter(err), args);
    }

    @Test
    void aTablesHeaderAndCellsAndAnotherPacksYamlInOneLoad() {
        assertThat(run("validate", "--rules", TEACHING + "all-at-once")).isEqualTo(2);
        assertThat(err.toString().lines().toList())
                .containsExactly(
                        "error: the rule set could not be loaded:",
                        TEACHING + "all-at-once/body-cams/rules.csv!C1: 'product' is not a column a table can have (did"
                                + " you mean 'cam.product'?): a column is a fact of the vocabulary or of this pack"
                                + " [activity, agency.country, agency.type, cam.product, capability, contract.signedOn,"
                                + " purpose] or one of [rule, known, not known, scopes, effect, question, clause, note]",
                        TEACHING + "all-at-once/body-cams/rules.csv!B2: 'FACE_COMPARSION' is not a value of capability"
                                + " (did you mean 'FACE_COMPARISON'?); values: [FACE_COMPARISON, FACE_DETECTION,"
                                + " FACE_ANALYSIS, OTHER_IMAGE_ANALYSIS]",
                        TEACHING + "all-at-once/dash-cams/pack.yaml:17: unknown key 'publsher' in a statement (did you"
                                + " mean 'publisher'?); allowed: [appliesFrom, clauses, id, kind, published, publisher,"
                                + " term, title, url]",
                        TEACHING + "all-at-once/dash-cams/pack.yaml:18: 'published' in a statement: '2019-06-31' is not"
                                + " a day: June 2019 has 30 days");
    }

    @Test
    void theSuitesOwnProblemsAreReportedWithThePacks() {
        assertThat(run(
                        "test",
                        "--rules",
                        TEACHING + "all-at-once",
                        "src/test/resources/scenarios/teaching/three-typos.yaml"))
                .isEqualTo(2);
        assertThat(err.toString())
                .contains(
                        "all-at-once/dash-cams/pack.yaml:18: 'published' in a statement: '2019-06-31' is not a day",
                        "error: the scenario suites could not be loaded either:\n"
                                + "src/test/resources/scenarios/teaching/three-typos.yaml:12: unknown key 'openQuestion'"
                                + " in expect (did you mean 'openQuestions'?)");
    }

    @Test
    void pastFiftyProblemsTheRestAreCounted() {
        assertThat(run("validate", "--rules", TEACHING + "many-rows")).isEqualTo(2);
        var lines = err.toString().lines().toList();
        assertThat(lines).hasSize(1 + ProblemList.SHOWN + 1);
        assertThat(lines.get(1)).startsWith(TEACHING + "many-rows/body-cams/rules.csv!B7: 'FACE_COMPARSION'");
        assertThat(lines.get(50)).startsWith(TEACHING + "many-rows/body-cams/rules.csv!B56: 'FACE_COMPARSION'");
        assertThat(lines.get(51)).isEqualTo("… and 10 more (60 problems in all; the first 50 are shown)");
    }
}
