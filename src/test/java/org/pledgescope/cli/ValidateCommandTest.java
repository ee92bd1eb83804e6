package org.pledgescope.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

/** {@code pledgescope validate}: lists each pack loaded, or exits 2 with every problem. */
class ValidateCommandTest {
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return Cli.run(new PrintWriter(out), new PrintWriter(err), args);
    }

    @Test
    void listsStatementsRulesByFileQuestionsAndFacts() {
        assertThat(run("validate", "--rules", "src/test/resources/packs/tables/mixed"))
                .isZero();
        assertThat(out.toString())
                .contains(
                        "police-pledge: Test pledge on police sales (Example Corp)",
                        "    t-2020-01-01  2020-01-01  term 2020-01-01 until further notice  clauses: "
                                + "[t-2020-01-01#no-police-sales, t-2020-01-01#research-exempt]",
                        "    src/test/resources/packs/tables/mixed/police-pledge/classification.csv: 5 rules "
                                + "[face-features, federal-may-be-police, federal-not-police, other-analysis-outside, "
                                + "police-are-police]",
                        "    src/test/resources/packs/tables/mixed/police-pledge/decisions.drl: 4 rules",
                        "    t-existing  readings: [applies → PROHIBITS, grandfathered → EXEMPTS]",
                        "  facts it declares: none");
    }

    @Test
    void listsTheFactsAPackDeclares() {
        assertThat(run("validate", "--no-lint", "--rules", "rules")).isZero();
        assertThat(out.toString()).contains("    offering.kind  enumeration: [GENERAL_PURPOSE, CUSTOM]");
    }

    @Test
    void aBrokenPackExitsTwoWithEveryProblem() {
        assertThat(run("validate", "--rules", "src/test/resources/packs/tables/broken/cells"))
                .isEqualTo(2);
        assertThat(err.toString())
                .contains(
                        "rules.csv!B3: 'POLICE' is not a value of agency.type",
                        "rules.csv!A10: rule name 'police-sales' is already used at A3");
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void helpCommandWorksLikeTheHelpOption() {
        assertThat(run("help", "validate")).isZero();
        String viaCommand = out.toString();
        out.getBuffer().setLength(0);
        assertThat(run("validate", "--help")).isZero();
        assertThat(viaCommand).isEqualTo(out.toString()).contains("Usage: pledgescope validate");
    }
}
