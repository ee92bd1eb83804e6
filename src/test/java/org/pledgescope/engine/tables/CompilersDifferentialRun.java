package org.pledgescope.engine.tables;

import java.util.List;
import java.util.Map;
import org.pledgescope.TestRules;
import org.pledgescope.evaluation.RuleSet;

/**
 * The differential run of bench/compilers-differential.sh: N random queries per shipped pack (all facts, unknown
 * facts, assumptions) against the pack compiled with the executable model and with the classic compiler, for an edit
 * and for one run (ClassicCompileEqualityTest's rule sets); prints the counts and any difference, exits 1 on one.
 */
public final class CompilersDifferentialRun {
    private CompilersDifferentialRun() {}

    public static void main(String[] args) {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        long seed = args.length > 1 ? Long.parseLong(args[1]) : 2026;
        RuleSet executable = TestRules.shipped();
        Map<String, RuleSet> classic = ClassicCompileEqualityTest.classicRuleSets();
        int failed = 0;
        int chunk = 10_000;
        for (Map.Entry<String, RuleSet> compiled : classic.entrySet()) {
            for (String pack : executable.packIds()) {
                long start = System.nanoTime();
                int differences = 0;
                for (int done = 0; done < n; done += chunk) {
                    List<String> found = RandomQueries.differences(
                            executable, compiled.getValue(), pack, Math.min(chunk, n - done), seed * 1_000_003L + done);
                    found.stream().limit(10).forEach(d -> System.out.println("  " + d));
                    differences += found.size();
                }
                System.out.printf(
                        "%s, %s: %,d random queries, %d differences (%.1f s)%n",
                        compiled.getKey(), pack, n, differences, (System.nanoTime() - start) / 1e9);
                System.out.flush();
                failed += differences;
            }
        }
        System.exit(failed == 0 ? 0 : 1);
    }
}
