package org.pledgescope.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

/** The terminal report names each failure by file:line, suite and scenario, with the diff and the because. */
class PrettyReporterTest {

    @Test
    void failuresShowWhereWhatAndWhy() {
        RunResult run = new ScenarioRunner(ShippedRules.ruleSet())
                .run(ShippedRules.load(ShippedRules.fixture("failing")), name -> true);
        StringWriter text = new StringWriter();
        PrettyReporter reporter = new PrettyReporter(new PrintWriter(text));

        reporter.report(run);
        reporter.close(run);

        String file = "src/test/resources/scenarios/failing/wrong-expectations.yaml";
        assertThat(text.toString())
                .contains(
                        "FAIL " + file + "  Deliberately failing scenarios (1 passed, 2 failed)",
                        "  FAIL " + file
                                + ":11  Deliberately failing scenarios \u203a ICE face search wrongly expected covered",
                        "       verdict: expected COVERED, got UNDETERMINED",
                        "       clauses: expected but not cited [amazon-2020-06-10#humanitarian-organizations]",
                        "       openQuestions: missing [amazon-sales]; extra [amazon-federal-agencies]",
                        "       cited: [amazon-2020-06-10#police-use]",
                        "       because: ",
                        "       missingFacts: missing [purpose]; extra [contract.signedOn]",
                        "       assumed: missing [amazon-existing-contracts: applies]");
        assertThat(text.toString()).doesNotContain("City police face search is covered");
        assertThat(text.toString()).endsWith("1 passed, 2 failed" + System.lineSeparator());
    }
}
