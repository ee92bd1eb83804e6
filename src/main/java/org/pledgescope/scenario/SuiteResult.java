package org.pledgescope.scenario;

import java.util.List;

/** One suite's run: results of the scenarios that ran, and the scenarios {@code --only} left out. */
public record SuiteResult(Suite suite, List<ScenarioResult> results, List<Scenario> skipped) {
    public SuiteResult {
        results = List.copyOf(results);
        skipped = List.copyOf(skipped);
    }

    public long failed() {
        return results.stream().filter(r -> !r.passed()).count();
    }

    public long passed() {
        return results.size() - failed();
    }
}
