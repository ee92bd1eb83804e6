package org.pledgescope.api.pledges;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.pledgescope.evaluation.LoadedPack;
import org.pledgescope.pack.OpenQuestion;
import org.pledgescope.pack.Pack;
import org.pledgescope.pack.RuleInfo;
import org.pledgescope.pack.Settlement;
import org.pledgescope.pack.Statement;
import org.pledgescope.pack.Term;

/** The wire types of the pack-browsing endpoints, and how each is built from a pack. */
final class PledgeViews {
    private PledgeViews() {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record PledgeSummary(
            String id,
            String title,
            String vendor,
            String product,
            List<StatementSummary> statements,
            TermView termToday,
            List<QuestionSummary> openQuestions) {
        static PledgeSummary of(Pack pack, LocalDate today) {
            return new PledgeSummary(
                    pack.id(),
                    pack.title(),
                    pack.vendor(),
                    pack.product(),
                    pack.statements().stream().map(StatementSummary::of).toList(),
                    TermView.on(pack, today),
                    pack.questions().stream().map(QuestionSummary::of).toList());
        }
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record StatementSummary(String id, String title, String publisher, LocalDate published, String url) {
        static StatementSummary of(Statement s) {
            return new StatementSummary(s.id(), s.title(), s.publisher(), s.published(), s.url());
        }
    }

    /** The term set by the latest statement known on a day, and whether that day falls inside it. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record TermView(
            LocalDate from, LocalDate until, boolean untilFurtherNotice, String setBy, String clause, boolean inForce) {
        static TermView on(Pack pack, LocalDate day) {
            return pack.termSetterOn(day)
                    .map(s -> {
                        Term t = s.term();
                        return new TermView(
                                t.from(), t.until(), t.untilFurtherNotice(), s.id(), t.clause(), t.contains(day));
                    })
                    .orElse(null);
        }
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record QuestionSummary(
            String id,
            String question,
            boolean settled,
            boolean partly,
            LocalDate settledOn,
            String settledBy,
            String reading) {
        static QuestionSummary of(OpenQuestion q) {
            Settlement s = q.settledBy();
            return s == null
                    ? new QuestionSummary(q.id(), q.question(), false, false, null, null, null)
                    : new QuestionSummary(
                            q.id(), q.question(), !s.partial(), s.partial(), s.on(), s.statement(), s.reading());
        }
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record PledgeDetail(
            String id,
            String title,
            String vendor,
            String product,
            String rulesetRevision,
            List<Statement> statements,
            TermView termToday,
            List<OpenQuestion> openQuestions,
            List<RuleInfo> rules) {
        static PledgeDetail of(LoadedPack compiled, String revision, LocalDate today) {
            Pack p = compiled.pack();
            return new PledgeDetail(
                    p.id(),
                    p.title(),
                    p.vendor(),
                    p.product(),
                    revision,
                    p.statements(),
                    TermView.on(p, today),
                    p.questions(),
                    compiled.rules().stream().map(r -> withinRules(r, p.id())).toList());
        }

        /**
         * The rule with its file named from the rules directory ({@code pack-id/decisions.drl}): this answer needs
         * no token, and the directory's own path (absolute when {@code --rules} is) says how the machine is laid out.
         */
        private static RuleInfo withinRules(RuleInfo rule, String packId) {
            String file = rule.file();
            if (file == null) {
                return rule;
            }
            int at = file.lastIndexOf("/" + packId + "/");
            String within = at >= 0
                    ? file.substring(at + 1)
                    : file.startsWith(packId + "/") ? file : packId + "/" + file.substring(file.lastIndexOf('/') + 1);
            return new RuleInfo(rule.name(), rule.clause(), rule.question(), within, rule.line());
        }
    }

    enum EventKind {
        STATEMENT,
        TERM,
        SETTLED
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record TimelineEvent(LocalDate date, EventKind kind, String statement, String question, String summary) {
        /** Statements, changes of term and settled questions, oldest first. */
        static List<TimelineEvent> of(Pack pack) {
            List<TimelineEvent> events = new ArrayList<>();
            Term previous = null;
            for (Statement s : pack.knownOn(LocalDate.MAX)) {
                events.add(new TimelineEvent(s.published(), EventKind.STATEMENT, s.id(), null, s.title()));
                if (s.term() != null && !s.term().equals(previous)) {
                    events.add(new TimelineEvent(
                            s.published(),
                            EventKind.TERM,
                            s.id(),
                            null,
                            (previous == null ? "Term set: " : "Term changed: ")
                                    + s.term().describe()));
                    previous = s.term();
                }
            }
            for (OpenQuestion q : pack.questions()) {
                Settlement s = q.settledBy();
                if (s != null) {
                    String how = s.partial() ? "Partly settled" : "Settled as '" + s.reading() + "'";
                    events.add(new TimelineEvent(
                            s.on(),
                            EventKind.SETTLED,
                            s.statement(),
                            q.id(),
                            how + (s.note() == null ? "" : ": " + s.note())));
                }
            }
            events.sort(Comparator.comparing(TimelineEvent::date).thenComparing(TimelineEvent::kind));
            return events;
        }
    }
}
