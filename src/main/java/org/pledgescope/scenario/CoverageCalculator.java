package org.pledgescope.scenario;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.pledgescope.evaluation.LoadedPack;
import org.pledgescope.evaluation.RuleSet;
import org.pledgescope.pack.OpenQuestion;
import org.pledgescope.pack.RuleInfo;
import org.pledgescope.verdict.PledgeResult;
import org.pledgescope.verdict.QuestionReport;

/**
 * Coverage of every loaded pack by a run. A rule counts as fired if it fired in any world of any result; a
 * clause as cited if a result's reasons cite it; an open question as raised if a result names it as
 * deciding the verdict, open or under its presumed reading (semantics 8).
 */
public final class CoverageCalculator {
    private CoverageCalculator() {}

    public static List<PackCoverage> compute(RuleSet rules, RunResult run) {
        List<PackCoverage> out = new ArrayList<>();
        for (LoadedPack pack : rules.packs()) {
            Set<String> fired = new HashSet<>();
            Set<String> cited = new HashSet<>();
            Set<String> raised = new HashSet<>();
            for (ScenarioResult r : run.results()) {
                PledgeResult actual = r.actual();
                if (actual.pledge().equals(pack.pack().id())) {
                    fired.addAll(actual.rulesFired());
                    cited.addAll(ExpectationCheck.citedClauses(actual));
                    actual.openQuestions().stream().map(QuestionReport::id).forEach(raised::add);
                    if (actual.presumptions() != null) {
                        actual.presumptions().stream().map(QuestionReport::id).forEach(raised::add);
                    }
                }
            }
            List<String> ruleNames = pack.rules().stream().map(RuleInfo::name).toList();
            out.add(new PackCoverage(
                    pack.pack().id(),
                    ruleNames.size(),
                    ruleNames.stream().filter(n -> !fired.contains(n)).sorted().toList(),
                    pack.pack().clauses().keySet().stream()
                            .filter(c -> !cited.contains(c))
                            .sorted()
                            .toList(),
                    pack.pack().questions().stream()
                            .map(OpenQuestion::id)
                            .filter(q -> !raised.contains(q))
                            .sorted()
                            .toList()));
        }
        return out;
    }
}
