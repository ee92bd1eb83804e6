package org.pledgescope.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.pledgescope.evaluation.Evaluator;
import org.pledgescope.evaluation.RuleSet;
import org.pledgescope.evaluation.RuleSetLoader;
import org.pledgescope.query.Query;

/**
 * {@code bench/cpu-per-decision.sh known|unknown [ROUNDS]}: the CPU time of one in-process decision on this thread,
 * round after round of fresh random distinct queries about Amazon's pack (those of {@link EvaluateBenchmark}; no
 * query repeats across rounds). CPU time, not wall time, so that a machine shared with other work still gives the
 * code's own cost. Run with {@code -Dpledgescope.fastPath=false} for the engine without the fast path.
 */
public final class CpuPerDecision {
    private CpuPerDecision() {}

    public static void main(String[] args) {
        boolean unknown = args.length > 0 && args[0].equals("unknown");
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        int perRound = unknown ? 10_000 : 100_000;
        RuleSet rules =
                new RuleSetLoader(Clock.systemUTC()).load(Path.of(System.getProperty("pledgescope.rules", "rules")));
        Evaluator evaluator = new Evaluator();
        Random random = new Random(42);
        List<Query> queries = new ArrayList<>();
        for (int i = 0; i < rounds * perRound; i++) {
            queries.add(EvaluateBenchmark.query(random, unknown));
        }
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        System.out.printf(
                "%s facts, fast path %s, %,d fresh queries per round%n",
                unknown ? "unknown" : "known", System.getProperty("pledgescope.fastPath", "true"), perRound);
        for (int round = 0; round < rounds; round++) {
            long cpu = threads.getCurrentThreadCpuTime();
            long wall = System.nanoTime();
            for (int i = 0; i < perRound; i++) {
                evaluator.evaluate(rules, queries.get(round * perRound + i));
            }
            System.out.printf(
                    "round %d: %.2f µs CPU per decision, %.2f µs wall%n",
                    round,
                    (threads.getCurrentThreadCpuTime() - cpu) / 1e3 / perRound,
                    (System.nanoTime() - wall) / 1e3 / perRound);
        }
    }
}
