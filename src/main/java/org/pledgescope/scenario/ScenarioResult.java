package org.pledgescope.scenario;

import java.util.List;
import org.pledgescope.verdict.PledgeResult;

/** One scenario run: the pledge's actual result and every mismatch with the expectation (none: passed). */
public record ScenarioResult(Scenario scenario, PledgeResult actual, List<Mismatch> mismatches, long nanos) {
    public ScenarioResult {
        mismatches = List.copyOf(mismatches);
    }

    public boolean passed() {
        return mismatches.isEmpty();
    }
}
