package org.pledgescope.scenario;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;

/** The {@code --coverage} report: per pack, the share of rules fired and what the run never reached. */
public final class CoverageReporter {
    private final PrintWriter out;

    public CoverageReporter(PrintWriter out) {
        this.out = out;
    }

    public void report(List<PackCoverage> coverage) {
        for (PackCoverage c : coverage) {
            out.println("coverage " + c.pack() + ": " + percent(c) + " of rules fired ("
                    + (c.rules() - c.rulesNeverFired().size()) + "/" + c.rules() + ")");
            list("rules never fired", c.rulesNeverFired());
            list("clauses never cited", c.clausesNeverCited());
            list("open questions never raised", c.questionsNeverRaised());
        }
        out.flush();
    }

    public static String percent(PackCoverage c) {
        return String.format(Locale.ROOT, "%.1f%%", c.percent());
    }

    private void list(String title, List<String> items) {
        out.println("  " + title + ":" + (items.isEmpty() ? " none" : ""));
        items.forEach(item -> out.println("    " + item));
    }
}
