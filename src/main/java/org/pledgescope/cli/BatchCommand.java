package org.pledgescope.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.time.Clock;
import java.util.concurrent.Callable;
import org.pledgescope.batch.CompactFields;
import org.pledgescope.batch.NdjsonBatch;
import org.pledgescope.batch.NdjsonLines;
import org.pledgescope.batch.ParallelBatch;
import org.pledgescope.evaluation.Evaluator;
import org.pledgescope.evaluation.RuleSet;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code batch}: NDJSON queries on stdin, one NDJSON answer per input line on stdout, in order. */
@Command(
        name = "batch",
        mixinStandardHelpOptions = true,
        description =
                "Evaluate NDJSON queries from stdin; write one NDJSON line per input line to stdout. "
                        + "A bad line yields {\"line\": N, \"error\": {...}} and the batch goes on; exit 1 if any line was rejected, 3 if stdout cannot be written.")
final class BatchCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Mixin
    RulesOption rules;

    @Option(
            names = "--fields",
            paramLabel = "FIELD,…",
            description = "Write one short line per decision with only "
                    + "these fields of each result (and its pledge): verdict, because, openQuestions, missingFacts, clauses, "
                    + "assumed, decisionId, rulesetRevision. Default: the full Decision.")
    String fields;

    @Option(
            names = "--threads",
            paramLabel = "N",
            description = "Answer on N threads (default: one per core); the " + "output keeps the input order.")
    Integer threads;

    @Option(
            names = "--max-rejected",
            paramLabel = "N",
            description = "Stop at the line that would be the N+1th rejected: it is answered with"
                    + " {\"stopped\": {...}} and no line after it is read (exit 1). Default: answer every line.")
    Long maxRejected;

    @Option(
            names = "--progress",
            negatable = true,
            description =
                    "Show lines done, rate and rejected lines on stderr " + "(default: when stderr is a terminal).")
    Boolean progress;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        CompactFields compact;
        try {
            compact = fields == null ? null : CompactFields.parse(fields);
            if (threads != null && threads < 1) {
                throw new IllegalArgumentException("--threads: must be 1 or more, not " + threads);
            }
            if (maxRejected != null && maxRejected < 0) {
                throw new IllegalArgumentException("--max-rejected: must be 0 or more, not " + maxRejected);
            }
        } catch (IllegalArgumentException e) {
            err.println("error: " + e.getMessage());
            err.flush();
            return ExitCode.REJECTED;
        }
        RuleSet ruleSet = rules.load(err);
        if (ruleSet == null) {
            return ExitCode.LOAD_ERROR;
        }
        int n = threads != null ? threads : Runtime.getRuntime().availableProcessors();
        ruleSet.completeTables(n); // a pack not yet in the cache is tabled once, then stored for the next run
        NdjsonBatch processor = new NdjsonBatch(new Evaluator(), ruleSet, Clock.systemUTC());
        NdjsonLines in = processor.lines(System.in);
        OutputStream out = new BufferedOutputStream(new CheckedOutput(System.out), 1 << 16);
        NdjsonBatch.Summary summary;
        try {
            summary = new ParallelBatch(processor, compact == null ? CompactFields::full : compact::encode, n)
                    .stoppingAfter(maxRejected == null ? Long.MAX_VALUE : maxRejected)
                    .run(
                            in,
                            out,
                            progress != null
                                    ? (progress ? new BatchProgress(err) : BatchProgress.NONE)
                                    : BatchProgress.onTerminal(err));
            out.flush();
        } catch (CheckedOutput.OutputFailedException e) {
            if (StandardOutput.closedPipe()) {
                return ExitCode.CLOSED_PIPE;
            }
            err.println("error: " + e.getMessage() + "; stopped");
            err.flush();
            return ExitCode.OUTPUT_ERROR;
        }
        if (summary.stoppedAt() > 0) {
            err.println("stopped at line " + summary.stoppedAt() + ": more than " + maxRejected
                    + " lines rejected (--max-rejected); " + summary.lines() + " lines answered, "
                    + summary.rejected() + " of them rejected");
            err.flush();
            return ExitCode.REJECTED;
        }
        if (summary.rejected() > 0) {
            err.println(summary.rejected() + " of " + summary.lines() + " lines rejected");
            err.flush();
            return ExitCode.REJECTED;
        }
        return ExitCode.OK;
    }
}
