package org.pledgescope.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import org.pledgescope.evaluation.RuleSet;
import org.pledgescope.evaluation.RuleSetLoader;
import org.pledgescope.pack.PackLoadException;
import org.pledgescope.diagnostics.Problem;
import picocli.CommandLine.Option;

/** {@code --rules DIR}, shared by every command that loads packs. */
public final class RulesOption {
    @Option(names = "--rules", paramLabel = "DIR",
            description = "Rules directory (default: rules/ here if it exists, else the packs bundled in the jar).")
    Path rules;

    public Path path() {
        return rules;
    }

    /** Loads the rule set, or prints every problem as file:line: message and returns null. */
    RuleSet load(PrintWriter err) {
        try {
            return new RuleSetLoader(Clock.systemUTC()).load(rules);
        } catch (PackLoadException e) {
            err.println("error: the rule set could not be loaded:");
            for (Problem p : e.problems()) {
                err.println(p);
            }
            err.flush();
            return null;
        }
    }
}
