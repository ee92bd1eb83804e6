package org.pledgescope.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.pledgescope.TestRules;
import org.pledgescope.evaluation.Evaluator;
import org.pledgescope.evaluation.RuleSet;
import org.pledgescope.verdict.Decision;
import org.pledgescope.verdict.PledgeResult;
import org.pledgescope.verdict.Verdict;
import org.pledgescope.verdict.VerdictResolver;

/**
 * A pack whose rule throws, and one whose rule fires for ever (fixtures in packs/faulty): each gets an error
 * in its own result, within the time limit, and the good pack beside them still answers.
 */
class FaultyRulesTest {
    static final String POLICE = "{'useDate':'2020-06-01','asKnownOn':'2020-06-01','agency':{'type':'MUNICIPAL_POLICE',"
            + "'country':'US'},'activity':'USE','capability':'FACE_COMPARISON','purpose':'CRIMINAL_INVESTIGATION',"
            + "'contract':{'signedOn':'2020-06-01'}}";

    /** Loads the packs and fires their rules once, so that the time limit measures rules, not class loading. */
    @BeforeAll
    static void warmUp() {
        RuleSet rules = TestRules.load(TestRules.packs("faulty"));
        TestRules.evaluator(rules).evaluate(TestRules.query(POLICE.replace("MUNICIPAL_POLICE", "SHERIFF")));
    }

    private static Map<String, PledgeResult> evaluate(String query) {
        RuleSet rules = TestRules.load(TestRules.packs("faulty"));
        Decision d = new Evaluator(
                        Evaluator.DEFAULT_WORLD_LIMIT, VerdictResolver.DEFAULT_CELL_LIMIT, Duration.ofMillis(500))
                .evaluate(rules, TestRules.query(query));
        return d.results().stream().collect(Collectors.toMap(PledgeResult::pledge, Function.identity()));
    }

    @Test
    void aRuleThatThrowsGivesThatPackAnErrorAndTheOthersAnswer() {
        Map<String, PledgeResult> r = evaluate(POLICE);

        assertThat(r.get("a-throws").verdict()).isEqualTo(Verdict.UNDETERMINED);
        assertThat(r.get("a-throws").error().kind()).isEqualTo("RULE_FAILED");
        assertThat(r.get("a-throws").error().rule()).isEqualTo("divide");
        assertThat(r.get("a-throws").error().message()).isEqualTo("rule 'divide' failed (ArithmeticException)");
        assertThat(r.get("c-good").verdict()).isEqualTo(Verdict.COVERED);
        assertThat(r.get("c-good").error()).isNull();
    }

    @Test
    void aRuleThatNeverStopsIsCutOffAtTheTimeLimit() throws InterruptedException {
        long start = System.nanoTime();
        Map<String, PledgeResult> r = evaluate(POLICE);
        long millis = (System.nanoTime() - start) / 1_000_000;

        assertThat(r.get("b-loops").error().kind()).isEqualTo("TIME_LIMIT");
        assertThat(r.get("b-loops").error().message()).contains("time limit of 500 ms");
        assertThat(r.get("c-good").verdict()).isEqualTo(Verdict.COVERED);
        assertThat(millis).isLessThan(3_000);
        for (int i = 0; i < 100 && RuleGuard.stuckThreads() > 0; i++) {
            Thread.sleep(20); // the halted session returns between two firings
        }
        assertThat(RuleGuard.stuckThreads()).isZero();
    }

    @Test
    void packsWhoseRulesDoNotFireOnTheUseAnswerNormally() {
        Map<String, PledgeResult> r = evaluate(POLICE.replace("MUNICIPAL_POLICE", "COMMERCIAL"));
        assertThat(r.values()).allSatisfy(p -> assertThat(p.error()).isNull());
    }
}
