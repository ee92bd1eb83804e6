package org.pledgescope.engine.tables;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.pledgescope.TestRules;
import org.pledgescope.evaluation.RuleSet;

/**
 * The differential run of bench/differential.sh: N random queries per converted pack (all facts, unknown facts,
 * assumptions) against the tables and the DRL versions; prints the count and any difference, exits 1 on one.
 */
public final class DifferentialRun {
    private DifferentialRun() {
    }

    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        long seed = args.length > 1 ? Long.parseLong(args[1]) : 2026;
        RuleSet tables = TestRules.shipped();
        RuleSet drl = TestRules.load(ConvertedPacksEqualityTest.withDrlVersions(
                Files.createTempDirectory("pledgescope-drl-versions").resolve("rules")));
        int failed = 0;
        for (String pack : ConvertedPacksEqualityTest.CONVERTED) {
            long start = System.nanoTime();
            List<String> differences = RandomQueries.differences(drl, tables, pack, n, seed);
            System.out.printf("%s: %,d random queries, %d differences (%.1f s)%n", pack, n, differences.size(),
                    (System.nanoTime() - start) / 1e9);
            differences.stream().limit(10).forEach(d -> System.out.println("  " + d));
            failed += differences.size();
        }
        System.exit(failed == 0 ? 0 : 1);
    }
}
