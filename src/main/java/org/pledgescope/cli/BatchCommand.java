package org.pledgescope.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import java.time.Clock;
import org.pledgescope.batch.NdjsonBatch;
import org.pledgescope.batch.NdjsonLines;
import org.pledgescope.evaluation.Evaluator;
import org.pledgescope.evaluation.RuleSet;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;

/** {@code batch}: NDJSON queries on stdin, one NDJSON answer per input line on stdout, in order. */
@Command(name = "batch", mixinStandardHelpOptions = true,
        description = "Evaluate NDJSON queries from stdin; write one NDJSON line per input line to stdout. "
                + "A bad line yields {\"line\": N, \"error\": {...}} and the batch goes on; exit 1 if any line was rejected, 3 if stdout cannot be written.")
final class BatchCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;
    @Mixin
    RulesOption rules;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        RuleSet ruleSet = rules.load(err);
        if (ruleSet == null) {
            return ExitCode.LOAD_ERROR;
        }
        NdjsonBatch processor = new NdjsonBatch(new Evaluator(), ruleSet, Clock.systemUTC());
        NdjsonLines in = processor.lines(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        OutputStream out = new BufferedOutputStream(new CheckedOutput(System.out), 1 << 16);
        NdjsonBatch.Summary summary;
        try {
            summary = processor.run(in, out);
            out.flush();
        } catch (CheckedOutput.OutputFailedException e) {
            err.println("error: " + e.getMessage() + "; stopped");
            err.flush();
            return ExitCode.OUTPUT_ERROR;
        }
        if (summary.rejected() > 0) {
            err.println(summary.rejected() + " of " + summary.lines() + " lines rejected");
            err.flush();
            return ExitCode.REJECTED;
        }
        return ExitCode.OK;
    }
}
