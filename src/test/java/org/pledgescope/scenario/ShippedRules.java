package org.pledgescope.scenario;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.pledgescope.evaluation.RuleSet;
import org.pledgescope.evaluation.RuleSetLoader;

/** The shipped packs and suites, compiled once for every test class in the JVM (compiling takes seconds). */
final class ShippedRules {
    static final Path RULES = Path.of("rules");
    static final Path EXAMPLES = Path.of("examples");
    private static RuleSet ruleSet;

    private ShippedRules() {}

    static synchronized RuleSet ruleSet() {
        if (ruleSet == null) {
            ruleSet = new RuleSetLoader(Clock.systemUTC()).load(RULES);
        }
        return ruleSet;
    }

    static List<Suite> load(Path... paths) {
        return new SuiteLoader(Clock.systemUTC()).load(List.of(paths), ruleSet());
    }

    static Path fixture(String name) {
        return Path.of("src/test/resources/scenarios", name);
    }
}
