package org.pledgescope.scenario;

import java.io.PrintWriter;

/**
 * The terminal report: one line per suite, each failure with its {@code file:line}, suite, scenario, the
 * differences and the decision's because, and a closing {@code N passed, N failed[, N skipped]}.
 */
public final class PrettyReporter {
    private final PrintWriter out;

    public PrettyReporter(PrintWriter out) {
        this.out = out;
    }

    /** One line per suite, with each failure under its suite. */
    public void report(RunResult run) {
        for (SuiteResult suite : run.suites()) {
            out.println((suite.failed() > 0 ? "FAIL " : "ok   ") + suite.suite().file() + "  "
                    + suite.suite().name() + " ("
                    + counts(suite.passed(), suite.failed(), suite.skipped().size()) + ")");
            for (ScenarioResult r : suite.results()) {
                if (!r.passed()) {
                    out.println("  FAIL " + r.scenario().location() + "  "
                            + suite.suite().name() + " \u203a " + r.scenario().name());
                    FailureText.lines(r).forEach(line -> out.println("       " + line));
                }
            }
        }
        out.flush();
    }

    /** The run's last line. */
    public void close(RunResult run) {
        out.println(closingLine(run));
        out.flush();
    }

    /** {@code N passed, N failed}, then {@code , N skipped} when {@code --only} left any out. */
    public static String closingLine(RunResult run) {
        return counts(run.passed(), run.failed(), run.skipped());
    }

    private static String counts(long passed, long failed, long skipped) {
        return passed + " passed, " + failed + " failed" + (skipped > 0 ? ", " + skipped + " skipped" : "");
    }
}
