package org.pledgescope.scenario;

import java.util.List;
import org.pledgescope.verdict.PledgeResult;

/**
 * One scenario run: the pledge's actual result and every mismatch with the expectation (none: passed); for a failed
 * scenario, {@code worlds} says which rules fired in each world of facts that decided it.
 */
public record ScenarioResult(
        Scenario scenario, PledgeResult actual, List<Mismatch> mismatches, long nanos, List<String> worlds) {
    public ScenarioResult {
        mismatches = List.copyOf(mismatches);
        worlds = List.copyOf(worlds);
    }

    public ScenarioResult(Scenario scenario, PledgeResult actual, List<Mismatch> mismatches, long nanos) {
        this(scenario, actual, mismatches, nanos, List.of());
    }

    public boolean passed() {
        return mismatches.isEmpty();
    }
}
