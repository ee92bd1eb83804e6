package org.pledgescope.engine.tables;

import java.nio.file.Files;
import java.util.List;
import org.pledgescope.TestRules;
import org.pledgescope.evaluation.RuleSet;

/**
 * The differential run of bench/tables-differential.sh: N random queries per converted pack (all facts, unknown facts,
 * assumptions) against the tables and the DRL versions; prints the count and any difference, exits 1 on one.
 */
public final class DifferentialRun {
    private DifferentialRun() {}

    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        long seed = args.length > 1 ? Long.parseLong(args[1]) : 2026;
        RuleSet tables = TestRules.shipped();
        RuleSet drl = TestRules.load(ConvertedPacksEqualityTest.withDrlVersions(
                Files.createTempDirectory("pledgescope-drl-versions").resolve("rules")));
        int failed = 0;
        int chunk = 10_000;
        for (String pack : ConvertedPacksEqualityTest.CONVERTED) {
            long start = System.nanoTime();
            int differences = 0;
            for (int done = 0; done < n; done += chunk) {
                // Each chunk has a seed of its own, so a run's first k chunks are the same queries whatever N is.
                List<String> found = RandomQueries.differences(
                        drl, tables, pack, Math.min(chunk, n - done), seed * 1_000_003L + done);
                found.stream().limit(10).forEach(d -> System.out.println("  " + d));
                differences += found.size();
                System.out.printf(
                        "%s: %,d random queries, %d differences (%.1f s)%n",
                        pack, done + Math.min(chunk, n - done), differences, (System.nanoTime() - start) / 1e9);
                System.out.flush();
            }
            failed += differences;
        }
        System.exit(failed == 0 ? 0 : 1);
    }
}
