package org.pledgescope.bench;

import java.nio.file.Path;
import java.time.Clock;
import org.pledgescope.evaluation.RuleSet;
import org.pledgescope.evaluation.RuleSetLoader;
import org.pledgescope.evaluation.TableCheck;

/**
 * {@code bench/differential.sh [N] [SEED]}: the fast path against firing the rules afresh, on N random queries
 * (default 1,000,000) over the packs of {@code -Dpledgescope.rules} (default rules/). Prints the first
 * differences; exit 1 if there is any.
 */
public final class Differential {
    private Differential() {}

    public static void main(String[] args) {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        long seed = args.length > 1 ? Long.parseLong(args[1]) : 20261128L;
        RuleSet rules =
                new RuleSetLoader(Clock.systemUTC()).load(Path.of(System.getProperty("pledgescope.rules", "rules")));
        long start = System.nanoTime();
        TableCheck.Result r = TableCheck.run(rules, seed, n, done -> System.err.printf("%,d queries compared%n", done));
        r.described().forEach(System.out::println);
        System.out.printf(
                "%,d random queries (seed %d), %,d differences, %.1f s%n",
                n, seed, r.differences(), (System.nanoTime() - start) / 1e9);
        System.exit(r.differences() == 0 ? 0 : 1);
    }
}
