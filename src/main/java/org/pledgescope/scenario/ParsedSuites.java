package org.pledgescope.scenario;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.pledgescope.diagnostics.Problem;
import org.pledgescope.diagnostics.Problems;
import org.pledgescope.evaluation.RuleSet;
import org.pledgescope.query.Query;
import org.pledgescope.query.QueryBinder;

/**
 * Suites read and checked as far as possible without the packs; {@link #resolve} binds their queries to the
 * loaded packs' vocabulary and checks the ids they use.
 */
public final class ParsedSuites {
    private final List<SuiteLoader.Draft> drafts;
    private final List<Problem> problems;
    private final QueryBinder binder;

    ParsedSuites(List<SuiteLoader.Draft> drafts, List<Problem> problems, QueryBinder binder) {
        this.drafts = List.copyOf(drafts);
        this.problems = List.copyOf(problems);
        this.binder = binder;
    }

    /**
     * Only the scenarios whose query names one of {@code packs} (a suite left with none is dropped), for a run
     * limited to those packs; problems found reading the suites are kept.
     */
    public ParsedSuites onlyPacks(Set<String> packs) {
        List<SuiteLoader.Draft> kept = new ArrayList<>();
        for (SuiteLoader.Draft draft : drafts) {
            List<SuiteLoader.DraftScenario> scenarios = draft.scenarios().stream()
                    .filter(d -> {
                        var pledge = d.queryNode().json().get("pledge");
                        return pledge != null && packs.contains(pledge.asString());
                    })
                    .toList();
            if (!scenarios.isEmpty()) {
                kept.add(new SuiteLoader.Draft(draft.file(), draft.title(), scenarios));
            }
        }
        return new ParsedSuites(kept, problems, binder);
    }

    /** The problems found reading the suites, before any pack is needed (unknown keys, bad YAML, bad values). */
    public List<Problem> problems() {
        return problems;
    }

    /** The suites, once every query binds and every id they use is found in {@code rules}; else every problem. */
    public List<Suite> resolve(RuleSet rules) {
        Problems all = new Problems();
        all.addAll(problems);
        References references = new References(rules, all);
        List<Suite> suites = new ArrayList<>();
        for (SuiteLoader.Draft draft : drafts) {
            List<Scenario> scenarios = new ArrayList<>();
            for (SuiteLoader.DraftScenario d : draft.scenarios()) {
                Query query = SuiteLoader.bind(binder, d, rules.vocabulary(), all);
                if (query != null) {
                    references.check(new References.Pending(
                            d.file(), d.line(), query, d.queryNode(), d.expect(), d.expectNode()));
                    scenarios.add(new Scenario(d.file(), d.line(), d.suite(), d.name(), query, d.expect()));
                }
            }
            suites.add(new Suite(draft.file(), draft.title(), scenarios));
        }
        if (!all.isEmpty()) {
            throw new SuiteLoadException(all.sorted().stream().distinct().toList());
        }
        return suites;
    }
}
