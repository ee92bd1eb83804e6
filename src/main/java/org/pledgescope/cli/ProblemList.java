package org.pledgescope.cli;

import java.io.PrintWriter;
import java.util.List;
import org.pledgescope.diagnostics.Problem;

/**
 * Load problems as the CLI prints them: every problem of every file found in one load, each as {@code file:line:
 * message}, up to {@link #SHOWN}; past that, one line counting the rest, so a folder of broken files does not bury
 * the first problems off the screen.
 */
final class ProblemList {
    static final int SHOWN = 50;

    private ProblemList() {}

    static void print(PrintWriter err, String heading, List<Problem> problems) {
        err.println(heading);
        problems.stream().limit(SHOWN).forEach(err::println);
        if (problems.size() > SHOWN) {
            err.println("… and " + (problems.size() - SHOWN) + " more (" + problems.size()
                    + " problems in all; the first " + SHOWN + " are shown)");
        }
        err.flush();
    }
}
