package org.pledgescope.scenario;

import java.util.List;
import org.pledgescope.coverage.RuleSet;
import org.pledgescope.yaml.Problem;
import org.pledgescope.yaml.Problems;

/** Suites read and checked as far as possible without the packs, waiting for the ids they use to be checked. */
public final class ParsedSuites {
    private final List<Suite> suites;
    private final List<Problem> problems;
    private final List<References.Pending> pending;

    ParsedSuites(List<Suite> suites, List<Problem> problems, List<References.Pending> pending) {
        this.suites = List.copyOf(suites);
        this.problems = List.copyOf(problems);
        this.pending = List.copyOf(pending);
    }

    /** The suites, once every id they use is found in {@code rules}; else every problem of the read and check. */
    public List<Suite> resolve(RuleSet rules) {
        Problems all = new Problems();
        all.addAll(problems);
        References references = new References(rules, all);
        pending.forEach(references::check);
        if (!all.isEmpty()) {
            throw new SuiteLoadException(all.sorted().stream().distinct().toList());
        }
        return suites;
    }
}
