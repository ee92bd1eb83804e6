package org.pledgescope.scenario;

import java.util.List;
import java.util.stream.Collectors;
import org.pledgescope.diagnostics.Problem;

/** Suites that cannot be run: every problem found, each as {@code file:line: message}. */
public class SuiteLoadException extends RuntimeException {
    private final List<Problem> problems;

    public SuiteLoadException(List<Problem> problems) {
        super(problems.stream().map(Problem::toString).collect(Collectors.joining("\n")));
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }
}
