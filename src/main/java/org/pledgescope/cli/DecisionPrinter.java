package org.pledgescope.cli;

import java.io.PrintWriter;
import java.util.stream.Collectors;
import org.pledgescope.verdict.Decision;
import org.pledgescope.verdict.MissingFact;
import org.pledgescope.verdict.PledgeResult;
import org.pledgescope.verdict.QuestionReport;
import org.pledgescope.verdict.ReadingVerdict;
import org.pledgescope.verdict.Reason;
import org.pledgescope.verdict.TermReport;

/** The human-readable form of a decision: verdict, because, reasons with quotes, what blocks an answer. */
final class DecisionPrinter {
    private final PrintWriter out;

    DecisionPrinter(PrintWriter out) {
        this.out = out;
    }

    void print(Decision d) {
        for (PledgeResult r : d.results()) {
            out.println(r.pledge() + ": " + r.verdict());
            out.println("  " + r.because());
            if (r.error() != null) {
                out.println("  error: " + r.error().kind()
                        + (r.error().rule() == null
                                ? ""
                                : " in rule " + r.error().rule()));
            }
            if (r.term() != null) {
                out.println("  term: " + describe(r.term()) + "; known statements: "
                        + String.join(", ", r.knownStatements()));
            }
            if (!r.reasons().isEmpty()) {
                out.println("  reasons:");
                for (Reason reason : r.reasons()) {
                    out.println("    " + reason.effect() + "  " + reason.rule()
                            + (reason.clause() == null ? "" : "  [" + reason.clause() + "]")
                            + (reason.question() == null ? "" : "  open question " + reason.question())
                            + (reason.dependsOn().isEmpty()
                                    ? ""
                                    : "  if broadly read: " + String.join(", ", reason.dependsOn())));
                    if (reason.quote() != null) {
                        out.println("      \u201c" + reason.quote() + "\u201d");
                        out.println("      \u2014 " + reason.source().publisher() + ", "
                                + reason.source().published()
                                + (reason.source().url() == null
                                        ? ""
                                        : ", " + reason.source().url()));
                    }
                }
            }
            for (QuestionReport q : r.openQuestions()) {
                out.println("  open question " + q.id() + ": " + q.question());
                out.println("    raised by: " + String.join("; ", q.raisedBy()));
                for (ReadingVerdict rv : q.readings()) {
                    out.println("    if " + rv.id() + " (" + rv.says() + ") \u2192 " + rv.verdict());
                }
            }
            if (r.presumed() != null) {
                r.presumed().forEach((question, presumed) -> {
                    QuestionReport q = r.presumptions() == null
                            ? null
                            : r.presumptions().stream()
                                    .filter(p -> p.id().equals(question))
                                    .findFirst()
                                    .orElse(null);
                    if (q == null) {
                        out.println("  presumed " + question + " = " + presumed
                                + " (no other reading changes the verdict)");
                        return;
                    }
                    out.println("  presumed " + question + " = " + presumed
                            + " (until a statement ends it or the query assumes otherwise): " + q.question());
                    out.println("    raised by: " + String.join("; ", q.raisedBy()));
                    for (ReadingVerdict rv : q.readings()) {
                        out.println("    if " + rv.id() + " (" + rv.says() + ") \u2192 " + rv.verdict()
                                + (rv.id().equals(presumed) ? " (presumed)" : ""));
                    }
                });
            }
            for (MissingFact m : r.missingFacts()) {
                out.println("  missing fact " + m.field() + ": "
                        + (m.answers().isEmpty()
                                ? "not given"
                                : m.answers().stream()
                                        .map(a -> a.describe() + " \u2192 " + a.verdict())
                                        .collect(Collectors.joining(", "))));
                if (!m.openQuestions().isEmpty()) {
                    out.println("    every value stays open on " + String.join(", ", m.openQuestions()));
                }
            }
            if (!r.assumed().isEmpty()) {
                out.println("  assumed: "
                        + r.assumed().entrySet().stream()
                                .map(e -> e.getKey() + " = " + e.getValue())
                                .collect(Collectors.joining(", ")));
            }
        }
        out.println("rule set " + d.rulesetRevision() + ", decision " + d.decisionId());
    }

    private static String describe(TermReport t) {
        return t.from() + (t.until() == null ? " until further notice" : " through " + t.until()) + " (set by "
                + t.setBy() + ")";
    }
}
