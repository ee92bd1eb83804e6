package org.pledgescope.pack;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.pledgescope.diagnostics.DidYouMean;
import org.pledgescope.diagnostics.Problems;
import org.pledgescope.vocabulary.Fact;
import org.pledgescope.vocabulary.VocabularyParser;
import org.pledgescope.yaml.YamlMap;
import org.pledgescope.yaml.YamlNode;

/**
 * Reads and checks one pack's {@code pack.yaml}: every problem is reported with its line, and the pack is
 * returned only when there are none.
 */
final class PackParser {
    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]*");
    private static final Set<String> PACK_KEYS =
            Set.of("title", "vendor", "product", "facts", "statements", "openQuestions", "notEncoded");
    private static final Set<String> STATEMENT_KEYS =
            Set.of("id", "title", "publisher", "published", "url", "kind", "appliesFrom", "term", "clauses");
    private static final Set<String> NOT_ENCODED_KEYS = Set.of("record", "reason");
    private static final Set<String> TERM_KEYS = Set.of("from", "until", "untilFurtherNotice", "clause");
    private static final Set<String> CLAUSE_KEYS = Set.of("id", "text", "appliesFrom");
    private static final Set<String> QUESTION_KEYS =
            Set.of("id", "question", "raisedBy", "readings", "settledBy", "presumed");
    private static final Set<String> READING_KEYS = Set.of("id", "says", "effect");
    private static final Set<String> SETTLED_KEYS = Set.of("statement", "reading", "partial", "note");

    private final Problems problems;
    private final Problems warnings = new Problems();
    /** Clauses with a date of their own, by global id, for problems found once their statement is read. */
    private final Map<String, YamlMap> clauseDates = new HashMap<>();

    PackParser(Problems problems) {
        this.problems = problems;
    }

    Pack parse(String packId, SourceFile manifest, List<SourceFile> ruleFiles) {
        int before = problems.sorted().size();
        if (!ID.matcher(packId).matches()) {
            problems.add(
                    manifest.path(),
                    0,
                    "pack folder name '" + packId
                            + "' must be lower-case letters, digits and dashes (it is the pack's id)");
        }
        YamlNode root = YamlNode.parse(manifest.path(), manifest.content(), problems);
        YamlMap pack = YamlMap.of(root, problems, "pack.yaml", PACK_KEYS);
        if (pack == null) {
            return null;
        }
        String title = pack.string("title", true);
        String vendor = pack.string("vendor", true);
        String product = pack.string("product", true);
        List<Statement> statements = statements(pack);
        List<OpenQuestion> questions = questions(pack, statements);
        List<Fact> facts = new VocabularyParser(problems).parseFacts(pack.get("facts"), List.of(packId));
        List<NotEncoded> notEncoded = notEncoded(pack);
        if (ruleFiles.isEmpty()) {
            problems.add(
                    manifest.path(),
                    0,
                    "pack '" + packId + "' has no rule file beside pack.yaml (a decision "
                            + "table .csv or .xlsx, or .drl)");
        }
        if (problems.sorted().size() > before) {
            return null;
        }
        return new Pack(packId, title, vendor, product, facts, statements, questions, notEncoded, ruleFiles, manifest)
                .withWarnings(warnings.sorted());
    }

    private List<Statement> statements(YamlMap pack) {
        List<Statement> out = new ArrayList<>();
        List<YamlMap> maps = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        List<YamlNode> nodes = pack.list("statements", true);
        if (nodes.isEmpty() && pack.has("statements")) {
            pack.problem("statements", "a pack needs at least one statement");
        }
        for (YamlNode node : nodes) {
            YamlMap s = YamlMap.of(node, problems, "a statement", STATEMENT_KEYS);
            if (s == null) {
                continue;
            }
            String id = id(s, ids, "statement");
            String title = s.string("title", true);
            String publisher = s.string("publisher", true);
            LocalDate published = s.date("published", true);
            String url = s.string("url", false);
            StatementKind kind = kind(s);
            LocalDate appliesFrom = s.date("appliesFrom", false);
            List<Clause> clauses = clauses(s, id);
            Term term = term(s, clauses, published);
            if (appliesFrom != null && kind != StatementKind.AMENDMENT) {
                s.problem("appliesFrom", "'appliesFrom' is for an amendment (kind: amendment) only");
            }
            if (appliesFrom != null && published != null && appliesFrom.isBefore(published)) {
                s.problem(
                        "appliesFrom",
                        "an amendment applies from its own date or later: appliesFrom (" + appliesFrom
                                + ") is before it was published (" + published + ")");
            }
            if (id != null && published != null) {
                LocalDate from = kind != StatementKind.AMENDMENT ? null : appliesFrom != null ? appliesFrom : published;
                for (Clause c : clauses) {
                    if (c.appliesFrom() != null && from == null) {
                        clauseDates
                                .get(c.id())
                                .problem(
                                        "appliesFrom",
                                        "clause '" + c.id() + "': 'appliesFrom' is for"
                                                + " a clause of an amendment (kind: amendment) only");
                    } else if (c.appliesFrom() != null && c.appliesFrom().isBefore(from)) {
                        clauseDates
                                .get(c.id())
                                .problem(
                                        "appliesFrom",
                                        "clause '" + c.id() + "' applies from " + c.appliesFrom()
                                                + ", before its amendment does (" + from + ")");
                    }
                }
                out.add(new Statement(id, title, publisher, published, url, term, List.copyOf(clauses), kind, from));
                maps.add(s);
            }
        }
        Statement first =
                out.stream().min(Comparator.comparing(Statement::published)).orElse(null);
        if (first != null
                && first.term() == null
                && !maps.get(out.indexOf(first)).has("term")) {
            pack.problem("statements", "the first statement ('" + first.id() + "') must set the pledge's term");
        }
        for (int i = 0; i < out.size(); i++) {
            Statement s = out.get(i);
            if (s == first && s.kind() != null) {
                maps.get(i)
                        .problem(
                                "kind",
                                "the first statement ('" + s.id() + "') is the pledge itself: it takes no"
                                        + " 'kind' (only later statements clarify or amend it)");
            } else if (s != first && s.kind() == null && !maps.get(i).has("kind")) {
                maps.get(i)
                        .problem(
                                "id",
                                "statement '" + s.id() + "' is later than the pledge's first: say whether it"
                                        + " clarifies what the pledge meant from the start or amends it from its own date"
                                        + " (kind: clarification or kind: amendment)");
            }
        }
        return List.copyOf(out);
    }

    private StatementKind kind(YamlMap statement) {
        String kind = statement.string("kind", false);
        if (kind == null) {
            return null;
        }
        return switch (kind) {
            case "clarification" -> StatementKind.CLARIFICATION;
            case "amendment" -> StatementKind.AMENDMENT;
            default -> {
                statement.problem(
                        "kind", "'kind' in a statement: '" + kind + "' is not one of [clarification, amendment]");
                yield null;
            }
        };
    }

    private List<NotEncoded> notEncoded(YamlMap pack) {
        List<NotEncoded> out = new ArrayList<>();
        for (YamlNode node : pack.list("notEncoded", false)) {
            YamlMap n = YamlMap.of(node, problems, "a notEncoded entry", NOT_ENCODED_KEYS);
            if (n == null) {
                continue;
            }
            String record = n.string("record", true);
            String reason = n.string("reason", true);
            if (record != null && reason != null) {
                out.add(new NotEncoded(record, reason));
            }
        }
        return List.copyOf(out);
    }

    private List<Clause> clauses(YamlMap statement, String statementId) {
        List<Clause> out = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (YamlNode node : statement.list("clauses", true)) {
            YamlMap c = YamlMap.of(node, problems, "a clause", CLAUSE_KEYS);
            if (c == null) {
                continue;
            }
            String id = id(c, ids, "clause");
            String text = c.string("text", true);
            LocalDate appliesFrom = c.date("appliesFrom", false);
            if (appliesFrom != null) {
                clauseDates.put(statementId + "#" + id, c);
            }
            if (id != null && text != null && statementId != null) {
                out.add(new Clause(statementId + "#" + id, statementId, text, appliesFrom));
            }
        }
        return out;
    }

    /**
     * The statement's term. A term starting a month or more after the statement was published is accepted with a
     * warning: a pledge's term usually starts the day it is made, and a year or month typed wrong moves every use
     * date's verdict silently.
     */
    private Term term(YamlMap statement, List<Clause> clauses, LocalDate published) {
        YamlMap t = YamlMap.of(statement.get("term"), problems, "a term", TERM_KEYS);
        if (t == null) {
            return null;
        }
        LocalDate from = t.date("from", true);
        LocalDate until = t.date("until", false);
        Boolean open = t.bool("untilFurtherNotice");
        boolean furtherNotice = Boolean.TRUE.equals(open);
        if (from != null && published != null && !from.isBefore(published.plusMonths(1))) {
            warnings.add(
                    t.file(),
                    t.lineOf("from"),
                    "the term starts " + from + ", "
                            + Period.between(published, from).toTotalMonths()
                            + (Period.between(published, from).toTotalMonths() == 1 ? " month" : " months")
                            + " after its statement was published (" + published + "): check the date (a term"
                            + " usually starts the day its statement is published)");
        }
        if (until == null && !furtherNotice && !t.has("until")) {
            t.problem("from", "a term needs 'until: <date>' or 'untilFurtherNotice: true'");
        }
        if (until != null && furtherNotice) {
            t.problem("until", "a term has either 'until' or 'untilFurtherNotice: true', not both");
        }
        if (from != null && until != null && until.isBefore(from)) {
            t.problem("until", "term ends (" + until + ") before it starts (" + from + ")");
        }
        String clause = t.string("clause", false);
        String clauseId = null;
        if (clause != null) {
            clauseId = clauses.stream()
                    .map(Clause::id)
                    .filter(id -> id.endsWith("#" + clause))
                    .findFirst()
                    .orElse(null);
            if (clauseId == null) {
                t.problem("clause", "term cites clause '" + clause + "', which this statement does not declare");
            }
        }
        return from == null ? null : new Term(from, until, furtherNotice, clauseId);
    }

    private List<OpenQuestion> questions(YamlMap pack, List<Statement> statements) {
        List<OpenQuestion> out = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (YamlNode node : pack.list("openQuestions", false)) {
            YamlMap q = YamlMap.of(node, problems, "an open question", QUESTION_KEYS);
            if (q == null) {
                continue;
            }
            String id = id(q, ids, "open question");
            String text = q.string("question", true);
            List<String> raisedBy = q.strings("raisedBy", true);
            List<Reading> readings = readings(q);
            Settlement settled = settlement(q, statements, readings);
            String presumed = presumed(q, readings);
            if (id != null && text != null) {
                out.add(new OpenQuestion(id, text, List.copyOf(raisedBy), List.copyOf(readings), settled, presumed));
            }
        }
        return List.copyOf(out);
    }

    private List<Reading> readings(YamlMap question) {
        List<Reading> out = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        List<YamlNode> nodes = question.list("readings", true);
        if (!nodes.isEmpty() && nodes.size() < 2) {
            question.problem("readings", "an open question needs at least two readings");
        }
        for (YamlNode node : nodes) {
            YamlMap r = YamlMap.of(node, problems, "a reading", READING_KEYS);
            if (r == null) {
                continue;
            }
            String id = id(r, ids, "reading");
            String says = r.string("says", true);
            Effect effect = r.enumValue("effect", Effect.class, true);
            if (id != null && effect != null) {
                out.add(new Reading(id, says, effect));
            }
        }
        return out;
    }

    /**
     * The reading presumed until a statement ends the question or a caller assumes another (semantics 8): one of the
     * question's own readings.
     */
    private String presumed(YamlMap question, List<Reading> readings) {
        if (!question.has("presumed")) {
            return null;
        }
        String presumed = question.string("presumed", true);
        if (presumed == null) {
            return null;
        }
        List<String> ids = readings.stream().map(Reading::id).toList();
        if (!ids.isEmpty() && !ids.contains(presumed)) {
            question.problem(
                    "presumed",
                    "presumed names reading '" + presumed + "', which this question does not declare"
                            + DidYouMean.hint(presumed, ids) + "; its readings: " + ids);
            return null;
        }
        return presumed;
    }

    private Settlement settlement(YamlMap question, List<Statement> statements, List<Reading> readings) {
        YamlMap s = YamlMap.of(question.get("settledBy"), problems, "settledBy", SETTLED_KEYS);
        if (s == null) {
            return null;
        }
        String statementId = s.string("statement", true);
        String reading = s.string("reading", false);
        boolean partial = Boolean.TRUE.equals(s.bool("partial"));
        String note = s.string("note", false);
        Statement statement = statements.stream()
                .filter(st -> st.id().equals(statementId))
                .findFirst()
                .orElse(null);
        if (statementId != null && statement == null) {
            s.problem("statement", "settledBy names statement '" + statementId + "', which the pack does not declare");
        }
        if (reading != null && readings.stream().noneMatch(r -> r.id().equals(reading))) {
            s.problem("reading", "settledBy names reading '" + reading + "', which this question does not declare");
        }
        if (reading == null && !partial) {
            s.problem("statement", "settledBy needs the 'reading' it confirms, or 'partial: true' with a note");
        }
        return statement == null ? null : new Settlement(statementId, statement.published(), reading, partial, note);
    }

    private String id(YamlMap map, Set<String> seen, String what) {
        String id = map.string("id", true);
        if (id == null) {
            return null;
        }
        if (!ID.matcher(id).matches()) {
            map.problem("id", what + " id '" + id + "' must be lower-case letters, digits and dashes");
            return null;
        }
        if (!seen.add(id)) {
            map.problem("id", "duplicate " + what + " id '" + id + "'");
            return null;
        }
        return id;
    }
}
