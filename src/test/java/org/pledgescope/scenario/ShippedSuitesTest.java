package org.pledgescope.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** Every scenario of every suite under examples/, as a test: a rule change that moves a verdict fails it. */
class ShippedSuitesTest {

    @TestFactory
    Stream<DynamicNode> everyShippedScenarioPasses() {
        List<Suite> suites = ShippedRules.load(ShippedRules.EXAMPLES);
        assertThat(suites).as("suites under examples/").isNotEmpty();
        ScenarioRunner runner = new ScenarioRunner(ShippedRules.ruleSet());
        return suites.stream()
                .map(suite -> DynamicContainer.dynamicContainer(
                        suite.name(),
                        suite.scenarios().stream()
                                .map(scenario -> DynamicTest.dynamicTest(scenario.name(), () -> {
                                    ScenarioResult result = runner.run(scenario);
                                    assertThat(result.mismatches())
                                            .as(
                                                    "%s %s\n%s",
                                                    scenario.location(),
                                                    scenario.name(),
                                                    String.join("\n", FailureText.lines(result)))
                                            .isEmpty();
                                }))));
    }
}
