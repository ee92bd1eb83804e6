package org.pledgescope.scenario;

import java.util.List;

/** A whole run: one result per suite, in the order the suites were loaded. */
public record RunResult(List<SuiteResult> suites) {
    public RunResult {
        suites = List.copyOf(suites);
    }

    public List<ScenarioResult> results() {
        return suites.stream().flatMap(s -> s.results().stream()).toList();
    }

    public long passed() {
        return suites.stream().mapToLong(SuiteResult::passed).sum();
    }

    public long failed() {
        return suites.stream().mapToLong(SuiteResult::failed).sum();
    }

    public long skipped() {
        return suites.stream().mapToLong(s -> s.skipped().size()).sum();
    }
}
