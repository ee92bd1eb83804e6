package org.pledgescope.verdict;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.pledgescope.pack.Clause;
import org.pledgescope.pack.Pack;
import org.pledgescope.pack.Statement;
import org.pledgescope.pack.Term;

/** Turns findings into reasons that quote their clauses, and a verdict into one plain sentence. */
public final class Explainer {

    public Reason reason(Pack pack, Finding f) {
        Clause clause = f.clause() == null ? null : pack.clause(f.clause()).orElse(null);
        return new Reason(
                f.rule(),
                f.kind(),
                f.clause(),
                clause == null ? null : clause.text(),
                f.question(),
                f.dependsOn(),
                clause == null ? null : source(pack, clause.statementId()));
    }

    public Source source(Pack pack, String statementId) {
        Statement s = pack.statement(statementId).orElseThrow();
        return new Source(s.id(), s.title(), s.publisher(), s.published(), s.url());
    }

    /** As {@link #because(Pack, Resolution, LocalDate, Map)}, then one sentence per assumption that took no part. */
    public String because(
            Pack pack, Resolution r, LocalDate asKnownOn, Map<String, String> assumed, List<UnusedAssumption> unused) {
        StringBuilder sb = new StringBuilder(because(pack, r, asKnownOn, assumed));
        for (UnusedAssumption u : unused) {
            sb.append(" Assuming ")
                    .append(u.question())
                    .append(" = ")
                    .append(u.reading())
                    .append(" changes nothing: ");
            if (u.settledBy() == null) {
                sb.append("the question does not bear on this use.");
            } else if (u.settledReading() != null) {
                sb.append(u.settledBy())
                        .append(" settled it (")
                        .append(u.settledReading())
                        .append(").");
            } else {
                sb.append(u.settledBy())
                        .append(" settled it in part, and what it leaves open does not bear on this use.");
            }
        }
        return sb.toString();
    }

    /**
     * A {@code because} sentence that may name the query's asKnownOn day: the same for every query of a class but for
     * that day. {@link #text} gives the sentence for one day.
     */
    public record Sentence(String before, String after) {
        /** The sentence for a query read as known on {@code asKnownOn}. */
        public String text(LocalDate asKnownOn) {
            return after == null ? before : before + asKnownOn + after;
        }

        /** Whether the sentence names the day (so two days give two sentences). */
        public boolean namesTheDay() {
            return after != null;
        }
    }

    /** A day no sentence names otherwise, marking where the query's asKnownOn day goes. */
    private static final LocalDate DAY = LocalDate.of(-9999, 1, 1);

    /** {@link #because(Pack, Resolution, LocalDate, Map, List)} as a {@link Sentence} for any asKnownOn day. */
    public Sentence because(Pack pack, Resolution r, Map<String, String> assumed, List<UnusedAssumption> unused) {
        String text = because(pack, r, DAY, assumed, unused);
        String mark = DAY.toString();
        int at = text.indexOf(mark);
        return at < 0
                ? new Sentence(text, null)
                : new Sentence(text.substring(0, at), text.substring(at + mark.length()));
    }

    public String nothingKnownYet(LocalDate asKnownOn) {
        return "No statement of this pledge had been published by " + asKnownOn + ".";
    }

    public String outsideTerm(LocalDate useDate, Term term, String setBy, LocalDate asKnownOn) {
        return "The use date " + useDate + " falls outside the pledge's term (" + term.describe() + "), set by " + setBy
                + " as known on " + asKnownOn + ".";
    }

    /** The reason a use outside the term is NOT_COVERED: the clause that states the term, quoted. */
    public Reason termReason(Pack pack, Statement setter) {
        Term term = setter.term();
        return new Reason(
                "term-in-force",
                FindingKind.LIMITS,
                term.clause(),
                term.clause() == null
                        ? null
                        : pack.clause(term.clause()).orElseThrow().text(),
                null,
                List.of(),
                source(pack, setter.id()));
    }

    public String tooManyFacts(long count, int limit, List<String> unknown) {
        return "Too many facts are missing: " + count + " combinations exceed the limit of " + limit + "; give more of "
                + unknown + ".";
    }

    public String tooManyReadings(TooManyReadingsException e) {
        return "Too many open questions bear on this use: " + e.questions() + " give at least " + e.cells()
                + " combinations of readings and worlds, over the limit of " + e.limit()
                + "; assume readings for some of them.";
    }

    public String because(Pack pack, Resolution r, LocalDate asKnownOn, Map<String, String> assumed) {
        String sentence = switch (r.verdict()) {
            case COVERED ->
                "The pledge restricts this use: "
                        + firstNonEmpty(
                                quoted(pack, r.findings(), FindingKind.PROHIBITS),
                                quoted(pack, r.findings(), FindingKind.OPEN),
                                "on the assumed reading of its open questions")
                        + ".";
            case NOT_COVERED -> notCovered(pack, r, asKnownOn);
            case UNDETERMINED -> undetermined(r);
        };
        if (assumed.isEmpty() && r.presumed().isEmpty()) {
            return sentence;
        }
        StringBuilder sb = new StringBuilder(sentence.substring(0, sentence.length() - 1));
        if (!assumed.isEmpty()) {
            sb.append(", assuming ").append(readings(assumed));
        }
        if (!r.presumed().isEmpty()) {
            sb.append(assumed.isEmpty() ? ", presuming " : ", and presuming ").append(readings(r.presumed()));
        }
        return sb.append('.').toString();
    }

    private static String readings(Map<String, String> readings) {
        return readings.entrySet().stream()
                .map(e -> e.getKey() + " = " + e.getValue())
                .collect(Collectors.joining(" and "));
    }

    private String notCovered(Pack pack, Resolution r, LocalDate asKnownOn) {
        if (r.findings().stream().anyMatch(f -> f.kind() == FindingKind.EXEMPTS)) {
            return "An exception lifts the pledge for this use: "
                    + firstNonEmpty(quoted(pack, r.findings(), FindingKind.EXEMPTS), "an exemption clause") + ".";
        }
        if (r.findings().stream().anyMatch(f -> f.kind() == FindingKind.LIMITS)) {
            return "The pledge as known on " + asKnownOn + " does not reach this use: "
                    + quoted(pack, r.findings(), FindingKind.LIMITS) + ".";
        }
        if (r.findings().isEmpty()) {
            return "No clause of the pledge as known on " + asKnownOn + " reaches this use.";
        }
        return "The pledge as known on " + asKnownOn + " does not reach this use on "
                + (r.presumptions().isEmpty() ? "any reading" : "the presumed reading") + " of its open questions.";
    }

    private static String undetermined(Resolution r) {
        StringBuilder sb = new StringBuilder("The answer hinges on ");
        if (!r.openQuestions().isEmpty()) {
            sb.append(r.openQuestions().size() == 1 ? "open question " : "open questions ")
                    .append(r.openQuestions().stream().map(QuestionReport::id).collect(Collectors.joining(", ")));
        }
        if (!r.missingFacts().isEmpty()) {
            if (!r.openQuestions().isEmpty()) {
                sb.append(" and on ");
            }
            sb.append(r.missingFacts().size() == 1 ? "the missing fact " : "the missing facts ")
                    .append(r.missingFacts().stream().map(MissingFact::field).collect(Collectors.joining(", ")));
        }
        if (r.openQuestions().isEmpty() && r.missingFacts().isEmpty()) {
            sb.append("a combination of open questions and missing facts, none decisive alone");
        }
        return sb.append('.').toString();
    }

    private static String firstNonEmpty(String... options) {
        for (String o : options) {
            if (!o.isEmpty()) {
                return o;
            }
        }
        return "";
    }

    private String quoted(Pack pack, List<Finding> findings, FindingKind kind) {
        return findings.stream()
                .filter(f -> f.kind() == kind && f.clause() != null)
                .map(Finding::clause)
                .distinct()
                .map(id -> {
                    Clause c = pack.clause(id).orElseThrow();
                    Statement s = pack.statement(c.statementId()).orElseThrow();
                    return "\u201c" + c.text() + "\u201d (" + s.publisher() + ", " + s.published() + ")";
                })
                .collect(Collectors.joining("; "));
    }
}
