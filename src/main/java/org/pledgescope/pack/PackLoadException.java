package org.pledgescope.pack;

import java.util.List;
import java.util.stream.Collectors;
import org.pledgescope.diagnostics.Problem;

/** The rule set could not be loaded; carries every problem found, each as {@code file:line: message}. */
public class PackLoadException extends RuntimeException {
    private final List<Problem> problems;

    public PackLoadException(List<Problem> problems) {
        super(problems.stream().map(Problem::toString).collect(Collectors.joining("\n")));
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }
}
