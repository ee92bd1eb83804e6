package org.pledgescope.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.pledgescope.TestRules;
import org.pledgescope.diagnostics.Problem;
import org.pledgescope.evaluation.RuleSetLoader;
import org.pledgescope.pack.PackLoadException;

/** Every rule must cite a clause or open question that pack.yaml declares; the loader says where not. */
class RuleCitationCheckTest {

    static List<String> problems(String fixture) {
        try {
            new RuleSetLoader(Clock.systemUTC()).load(TestRules.packs("broken/" + fixture));
        } catch (PackLoadException e) {
            return e.problems().stream().map(Problem::toString).toList();
        }
        throw new AssertionError("expected the rule set to be rejected");
    }

    @Test
    void aDanglingCitationIsRejectedAtTheRulesLine() {
        String file = "src/test/resources/packs/broken/dangling-citation/minimal/rules.drl";
        assertThat(problems("dangling-citation"))
                .containsExactly(
                        file
                                + ":8: rule 'ban' cites clause 'm-2020-01-01#no-such-clause', which pack.yaml does not declare;"
                                + " declared: [m-2020-01-01#ban]",
                        file
                                + ":17: rule 'asks-undeclared-question' cites open question 'no-such-question', which pack.yaml"
                                + " does not declare; declared: [m-question]");
    }

    @Test
    void aRuleCitingNothingIsRejected() {
        assertThat(problems("no-citation"))
                .first()
                .asString()
                .isEqualTo("src/test/resources/packs/broken/no-citation/minimal/rules.drl:8: rule 'ban' cites nothing:"
                        + " add @clause(\"<statement>#<clause>\") or @question(\"<id>\")");
    }
}
