package org.pledgescope.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;

/**
 * The CPU time one {@code batch} line costs, measured on the benchmark thread's own CPU clock: unlike JMH's
 * wall-clock throughput it holds up on a machine busy with other work. Runs {@link BatchLineBenchmark}'s
 * workloads: warm-up lines first, then measured rounds, printing ns of CPU per line for each round and the median.
 * Usage (bench/cpu-per-line.sh): {@code CpuPerLine WORKLOAD [WARMUP_LINES] [LINES_PER_ROUND] [ROUNDS]}.
 */
public final class CpuPerLine {
    private CpuPerLine() {}

    public static void main(String[] args) {
        String workload = args.length > 0 ? args[0] : "distinct";
        long warmup = args.length > 1 ? Long.parseLong(args[1]) : 200_000;
        long lines = args.length > 2 ? Long.parseLong(args[2]) : 100_000;
        int rounds = args.length > 3 ? Integer.parseInt(args[3]) : 5;
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        BatchLineBenchmark bench = new BatchLineBenchmark();
        bench.workload = workload;
        bench.load();
        long sink = 0;
        for (long i = 0; i < warmup; i++) {
            sink += bench.answerOneLine().length;
        }
        double[] perLine = new double[rounds];
        for (int r = 0; r < rounds; r++) {
            long start = threads.getCurrentThreadCpuTime();
            for (long i = 0; i < lines; i++) {
                sink += bench.answerOneLine().length;
            }
            perLine[r] = (threads.getCurrentThreadCpuTime() - start) / (double) lines;
            System.out.printf("%s round %d: %.0f ns CPU per line%n", workload, r + 1, perLine[r]);
        }
        Arrays.sort(perLine);
        System.out.printf(
                "%s median: %.0f ns CPU per line (%.0f lines/s of one core) [%d]%n",
                workload, perLine[rounds / 2], 1e9 / perLine[rounds / 2], sink % 10);
    }
}
