package org.pledgescope.engine.tables;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.pledgescope.diagnostics.DidYouMean;
import org.pledgescope.diagnostics.Problems;
import org.pledgescope.engine.facts.Aspect;
import org.pledgescope.engine.facts.Use;
import org.pledgescope.pack.SourceFile;
import org.pledgescope.vocabulary.Fact;
import org.pledgescope.vocabulary.FactKind;

/**
 * A pack's decision table (CSV or XLSX) turned into DRL, one rule per row, with every generated line mapped back
 * to its cell so the checks and the compiler report problems at cells. The layout (docs/writing-rules.md):
 * <ul>
 * <li>row 1 names the columns: {@code rule}, any fact of the vocabulary or the pack ({@code agency.type},
 *     {@code contract.signedOn}, {@code offering.kind}), {@code known}, {@code not known}, {@code scopes},
 *     {@code effect}, {@code question}, {@code clause}, {@code note};</li>
 * <li>a row whose first cell starts with {@code #} is a comment (the scaffold's second row explains each
 *     column); an empty row is skipped;</li>
 * <li>every other row is a rule.</li>
 * </ul>
 * A condition cell holds a value ({@code SHERIFF}), a list ({@code SALE, RENEWAL}), a value set ({@code police}),
 * either after {@code not}, or {@code *} (or nothing) for any value; a date fact holds {@code before announced},
 * {@code on or after announced} or {@code none}. In an XLSX workbook every sheet whose A1 reads {@code rule} is a
 * table; other sheets are left alone.
 */
public final class DecisionTables {
    static final String RULE = "rule";
    static final String KNOWN = "known";
    static final String NOT_KNOWN = "not known";
    static final String SCOPES = "scopes";
    static final String EFFECT = "effect";
    static final String QUESTION = "question";
    static final String CLAUSE = "clause";
    static final String NOTE = "note";
    static final String OR = "or";
    private static final Set<String> KEYWORDS = Set.of(RULE, KNOWN, NOT_KNOWN, SCOPES, EFFECT, QUESTION, CLAUSE, NOTE);
    private static final List<String> COLUMN_ORDER =
            List.of(RULE, KNOWN, NOT_KNOWN, SCOPES, EFFECT, QUESTION, CLAUSE, NOTE);
    // (a row whose rule cell is "or" continues the rule above: see SheetReader#alternative)
    private static final Pattern RULE_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]*");
    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_][A-Za-z0-9_.-]*");
    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]*(#[a-z0-9][a-z0-9-]*)?");
    private static final Pattern SET_NAME = Pattern.compile("[a-z][A-Za-z0-9]*");
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{1,2}-\\d{1,2}|\\d{1,2}/\\d{1,2}/\\d{2,4}");
    private static final Map<String, String> FIELD_OF = new LinkedHashMap<>();

    static {
        Use.FIELDS.forEach((field, path) -> FIELD_OF.put(path, field));
    }

    private DecisionTables() {}

    /** A table's rules: the DRL generated from its rows (a rule file named as the table) and where each line came from. */
    public record Generated(SourceFile drl, CellMap cells) {}

    /**
     * The table as a rule file of pack {@code packId}, whose rules may read {@code facts} (the vocabulary's and the
     * pack's own): generated DRL with its cell map, or null when the file cannot be read as a table. Every problem of
     * the table is added to {@code problems} once, at its cell: a column the header names wrongly at its header cell
     * (its cells are then not read), a row whose cells do not line up with the header at the row; a row with a
     * problem is left out of the DRL, so the rest can still be checked.
     */
    public static Generated read(SourceFile table, String packId, List<Fact> facts, Problems problems) {
        String path = table.path();
        String name = table.name();
        byte[] bytes = table.bytes();
        TableGrid grid;
        try {
            grid = TableGrid.read(name, bytes);
        } catch (TableGrid.Unreadable e) {
            problems.add(path, 0, e.getMessage());
            return null;
        }
        Generator out = new Generator(path, packId);
        int tables = 0;
        for (TableGrid.Sheet sheet : grid.sheets()) {
            boolean named = sheet.name() != null;
            if (named && (sheet.rows().isEmpty() || !sheet.text(0, 0).equalsIgnoreCase(RULE))) {
                continue;
            }
            tables++;
            new SheetReader(sheet, out, facts, problems).read();
        }
        if (tables == 0) {
            problems.add(
                    path,
                    0,
                    grid.sheets().size() > 1 || grid.sheets().get(0).name() != null
                            ? "no sheet of this workbook is a decision table: a table's first row names its columns, "
                                    + "starting with 'rule' in A1"
                            : "empty table: the first row names the columns, starting with 'rule'");
            return null;
        }
        return new Generated(new SourceFile(path, name, out.drl()), out.cellMap());
    }

    /** Reads one sheet's header and rows into the generator. */
    private static final class SheetReader {
        private final TableGrid.Sheet sheet;
        private final Generator out;
        private final Problems problems;
        private final String file;
        private final Map<String, Integer> columns = new LinkedHashMap<>();
        private final Map<Integer, String> facts = new LinkedHashMap<>();
        private final Map<String, Fact> known = new LinkedHashMap<>();
        private int width;

        SheetReader(TableGrid.Sheet sheet, Generator out, List<Fact> facts, Problems problems) {
            this.sheet = sheet;
            this.out = out;
            this.problems = problems;
            this.file = out.path;
            facts.forEach(f -> known.put(f.path(), f));
        }

        void read() {
            if (sheet.rows().isEmpty()) {
                problems.add(file, 0, "empty table: the first row names the columns, starting with 'rule'");
                return;
            }
            if (!header()) {
                return;
            }
            for (int r = 1; r < sheet.rows().size(); r++) {
                List<String> row = sheet.rows().get(r);
                if (row.stream().allMatch(String::isEmpty) || sheet.text(r, 0).startsWith("#")) {
                    continue;
                }
                if (!linedUp(r)) {
                    flush();
                    continue;
                }
                if (sheet.text(r, 0).equalsIgnoreCase(OR)) {
                    alternative(r);
                } else {
                    flush();
                    row(r);
                }
            }
            flush();
        }

        private Generator.Rule pending;
        private boolean pendingOk;

        private void flush() {
            if (pending != null && pendingOk) {
                out.add(pending);
            }
            pending = null;
        }

        /**
         * A row whose rule cell is {@code or}: another way the rule above matches. Its fact cells replace that
         * rule's conditions on those facts (an empty cell keeps the rule's); every other cell stays empty.
         */
        private void alternative(int r) {
            if (pending == null) {
                problem(r, 0, "'or' continues the rule above it, and there is none");
                return;
            }
            int before = problems.sorted().size();
            for (String column : List.of(KNOWN, NOT_KNOWN, SCOPES, EFFECT, QUESTION, CLAUSE)) {
                if (!cell(r, column).isEmpty()) {
                    problem(
                            r,
                            columns.get(column),
                            "an 'or' row gives other conditions on facts only; leave '" + column
                                    + "' empty (the rule above sets it)");
                }
            }
            Map<Integer, List<Generator.Line>> alternative = new LinkedHashMap<>(pending.facts);
            for (Map.Entry<Integer, String> fact : facts.entrySet()) {
                if (!sheet.text(r, fact.getKey()).strip().isEmpty()) {
                    Generator.Rule scratch = new Generator.Rule("", "");
                    condition(r, fact.getKey(), fact.getValue(), scratch);
                    alternative.put(fact.getKey(), scratch.lines);
                }
            }
            pending.alternatives.add(alternative);
            pendingOk &= problems.sorted().size() == before;
        }

        private void problem(int row, int column, String message) {
            problems.add(file + "!" + sheet.cell(row, column), 0, message);
        }

        /**
         * Reads row 1. A column it names wrongly is reported once, at its header cell, with the columns and facts it
         * may have meant, and its cells are not read; the rows are still read (each problem of theirs is reported too)
         * unless the table lacks the columns every row needs ('rule' first, 'effect'), or a misnamed column was
         * meant to be one of the table's own ({@code notes} for {@code note}): every row would repeat the problem.
         */
        private boolean header() {
            List<String> heads = sheet.rows().get(0);
            width = heads.size();
            boolean ok = true;
            List<String> meant = new ArrayList<>();
            for (int c = 0; c < heads.size(); c++) {
                String h = heads.get(c).strip().replaceAll("\\s+", " ");
                String key = h.toLowerCase(Locale.ROOT);
                if (h.isEmpty()) {
                    continue;
                }
                if (KEYWORDS.contains(key)) {
                    if (columns.putIfAbsent(key, c) != null) {
                        problem(0, c, "column '" + h + "' appears twice; keep one");
                        ok = false;
                    }
                } else if (known.containsKey(h) && known.get(h).kind() != FactKind.TEXT) {
                    if (facts.containsValue(h)) {
                        problem(0, c, "column '" + h + "' appears twice; keep one");
                        ok = false;
                    }
                    facts.put(c, h);
                } else if (known.containsKey(h)) {
                    problem(0, c, "'" + h + "' is free text, which rules do not read: it cannot be a column");
                } else if (c > 0) {
                    List<String> names = new ArrayList<>(COLUMN_ORDER);
                    known.values().stream()
                            .filter(f -> f.kind() != FactKind.TEXT)
                            .forEach(f -> names.add(f.path()));
                    List<String> close = DidYouMean.among(h, names);
                    close.stream().filter(KEYWORDS::contains).forEach(meant::add);
                    problem(
                            0,
                            c,
                            "'" + h + "' is not a column a table can have" + DidYouMean.phrase(close)
                                    + ": a column is a fact of the vocabulary or of this pack "
                                    + known.values().stream()
                                            .filter(f -> f.kind() != FactKind.TEXT && !f.isQueryDate())
                                            .map(Fact::path)
                                            .sorted()
                                            .toList()
                                    + " or one of " + COLUMN_ORDER);
                }
            }
            if (!columns.containsKey(RULE) || columns.get(RULE) != 0) {
                String first = heads.isEmpty() ? "" : heads.get(0).strip();
                problem(
                        0,
                        0,
                        "the first column must be 'rule' (the rule's name)"
                                + (first.isEmpty() || first.equalsIgnoreCase(RULE) ? "" : ", not '" + first + "'"));
                ok = false;
            }
            if (!columns.containsKey(EFFECT)) {
                if (!meant.contains(EFFECT)) {
                    problem(
                            0,
                            heads.size(),
                            "the table has no 'effect' column (in scope ASPECT, PROHIBITS, EXEMPTS, OPEN or LIMITS)");
                }
                ok = false;
            }
            return ok && meant.stream().noneMatch(k -> !columns.containsKey(k));
        }

        /**
         * Whether row {@code r} has as many cells as the header, where a missing or extra cell shifts the rest: in a
         * CSV file a comma left out or a cell holding a comma without quotes. Said once, at the row's first cell;
         * its cells are not read. (A workbook's cells keep their columns, so only CSV rows are counted.)
         */
        private boolean linedUp(int r) {
            int cells = sheet.rows().get(r).size();
            if (!sheet.csv() || cells == width) {
                return true;
            }
            problem(
                    r,
                    0,
                    "row " + (r + 1) + " has " + cells + (cells == 1 ? " cell" : " cells") + ", the header " + width
                            + ": " + (cells < width ? "a comma is missing" : "a comma too many")
                            + " (a cell holding a comma needs double quotes: \"SALE, RENEWAL\"); the row is read once"
                            + " its cells line up with the header");
            return false;
        }

        private String cell(int row, String column) {
            Integer c = columns.get(column);
            return c == null ? "" : sheet.text(row, c);
        }

        private void row(int r) {
            int before = problems.sorted().size();
            String name = cell(r, RULE);
            if (name.isEmpty()) {
                problem(r, 0, "this row has no rule name (a comment row starts with #)");
            } else if (out.rows.containsKey(name)) {
                problem(
                        r,
                        0,
                        "rule name '" + name + "' is already used at "
                                + out.rows.get(name).rule() + "; every row needs a name of its own");
            } else if (!RULE_NAME.matcher(name).matches()) {
                problem(
                        r,
                        0,
                        "'" + name + "' is not a rule name: use letters, digits and dashes, e.g. "
                                + name.strip()
                                        .toLowerCase(Locale.ROOT)
                                        .replaceAll("[^a-z0-9]+", "-")
                                        .replaceAll("^-|-$", ""));
            }
            Generator.Rule rule = new Generator.Rule(name, sheet.cell(r, 0));
            rule.note = cell(r, NOTE);
            String clause = cell(r, CLAUSE);
            String question = cell(r, QUESTION);
            if (!clause.isEmpty()) {
                if (ID.matcher(clause).matches() && clause.contains("#")) {
                    rule.clause = clause;
                    rule.clauseCell = sheet.cell(r, columns.get(CLAUSE));
                } else {
                    problem(
                            r,
                            columns.get(CLAUSE),
                            "'" + clause + "' is not a clause id: write statement#clause, "
                                    + "e.g. google-2018-12-13#no-general-purpose-apis");
                }
            }
            if (!question.isEmpty()) {
                if (ID.matcher(question).matches() && !question.contains("#")) {
                    rule.question = question;
                    rule.questionCell = sheet.cell(r, columns.get(QUESTION));
                } else {
                    problem(
                            r,
                            columns.get(QUESTION),
                            "'" + question + "' is not an open question id (lower-case "
                                    + "letters, digits and dashes, as in pack.yaml)");
                }
            }
            statements(r, KNOWN, rule, false);
            statements(r, NOT_KNOWN, rule, true);
            for (Map.Entry<Integer, String> fact : facts.entrySet()) {
                Generator.Rule scratch = new Generator.Rule("", "");
                condition(r, fact.getKey(), fact.getValue(), scratch);
                if (!scratch.lines.isEmpty()) {
                    rule.facts.put(fact.getKey(), scratch.lines);
                }
            }
            scopes(r, rule);
            effect(r, rule);
            if (rule.clause == null
                    && rule.question == null
                    && clause.isEmpty()
                    && question.isEmpty()
                    && rule.action != null
                    && rule.action.startsWith("insert(")) {
                problem(
                        r,
                        0,
                        "rule '" + name + "' cites nothing: fill in 'clause' (statement#clause) or 'question' "
                                + "(an open question's id)");
            }
            pending = rule;
            pendingOk = problems.sorted().size() == before;
        }

        private void statements(int r, String column, Generator.Rule rule, boolean negated) {
            String text = cell(r, column);
            if (text.isEmpty() || text.equals("*")) {
                return;
            }
            int c = columns.get(column);
            for (String id : text.split("\\s*,\\s*")) {
                if (!ID.matcher(id).matches() || id.contains("#")) {
                    problem(
                            r,
                            c,
                            "'" + id + "' is not a statement id: list the ids from pack.yaml, separated by commas");
                    return;
                }
                rule.lines.add(new Generator.Line(
                        (negated ? "not " : "") + "Known(statement == \"" + id + "\")", sheet.cell(r, c)));
            }
        }

        private void condition(int r, int c, String path, Generator.Rule rule) {
            String text = sheet.text(r, c).strip();
            if (text.isEmpty() || text.equals("*")) {
                return;
            }
            String where = sheet.cell(r, c);
            String field = FIELD_OF.get(path);
            String left = field != null ? field : "fact(\"" + path + "\")";
            String lower = text.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
            if (lower.equals("before announced") || lower.equals("on or after announced") || lower.equals("none")) {
                if (field == null || !path.equals("contract.signedOn")) {
                    problem(r, c, "'" + text + "' is a position in time; " + path + " is not a date the rules compare");
                    return;
                }
                if (lower.equals("none")) {
                    rule.lines.add(new Generator.Line("Use(" + left + " == null)", where));
                    return;
                }
                rule.lines.add(new Generator.Line("Pledge($announced : announced)", where));
                rule.lines.add(new Generator.Line(
                        "Use(" + left + " != null, " + left + (lower.startsWith("before") ? " < " : " >= ")
                                + "$announced)",
                        where));
                return;
            }
            if (DATE.matcher(text).find()) {
                problem(
                        r,
                        c,
                        "a date in a table: dates belong in pack.yaml; write a position relative to the "
                                + "pack's statements: 'before announced', 'on or after announced' or 'none'");
                return;
            }
            boolean negated = lower.startsWith("not ");
            String list = negated ? text.strip().substring(4).strip() : text;
            List<String> values = new ArrayList<>();
            List<String> sets = new ArrayList<>();
            for (String token : list.split("\\s*,\\s*")) {
                String t = token.strip();
                if (t.length() >= 2 && t.startsWith("\"") && t.endsWith("\"")) {
                    t = t.substring(1, t.length() - 1);
                }
                if (!TOKEN.matcher(t).matches()) {
                    problem(
                            r,
                            c,
                            "'" + token + "' is not a value: write a value (SHERIFF), a list (SALE, RENEWAL), "
                                    + "a value set (police), 'not' before any of these, or * for any value");
                    return;
                }
                boolean set = SET_NAME.matcher(t).matches() && !t.equals("true") && !t.equals("false");
                (set ? sets : values).add(t);
            }
            List<String> parts = new ArrayList<>();
            if (values.size() == 1) {
                parts.add(left + (negated ? " != " : " == ") + quoted(values.get(0)));
            } else if (!values.isEmpty()) {
                parts.add(left + (negated ? " not in (" : " in (")
                        + String.join(
                                ", ",
                                values.stream().map(DecisionTables::quoted).toList()) + ")");
            }
            for (String set : sets) {
                parts.add(left + (negated ? " not memberOf " : " memberOf ") + set);
            }
            rule.lines.add(new Generator.Line("Use(" + String.join(negated ? " && " : " || ", parts) + ")", where));
        }

        private void scopes(int r, Generator.Rule rule) {
            String text = cell(r, SCOPES);
            if (text.isEmpty() || text.equals("*")) {
                return;
            }
            int c = columns.get(SCOPES);
            for (String a : text.split("\\s*,\\s*")) {
                Aspect aspect = aspect(a);
                if (aspect == null) {
                    problem(
                            r,
                            c,
                            "'" + a + "' is not an aspect a scope can be on; aspects: " + List.of(Aspect.values()));
                    return;
                }
                rule.scopes.add(aspect);
                rule.scopeLines.add(new Generator.Line(
                        "$" + aspect.name().toLowerCase(Locale.ROOT) + " : Scope(aspect == Aspect." + aspect.name()
                                + ")",
                        sheet.cell(r, c)));
            }
        }

        private void effect(int r, Generator.Rule rule) {
            String text = cell(r, EFFECT).strip().replaceAll("\\s+", " ");
            int c = columns.get(EFFECT);
            rule.effectCell = sheet.cell(r, c);
            String upper = text.toUpperCase(Locale.ROOT);
            if (upper.startsWith("IN SCOPE")) {
                Aspect aspect = aspect(text.substring("in scope".length()).strip());
                if (aspect == null) {
                    problem(r, c, "'" + text + "': write 'in scope' and one aspect of " + List.of(Aspect.values()));
                    return;
                }
                if (!rule.scopes.isEmpty()) {
                    problem(
                            r,
                            columns.get(SCOPES),
                            "a rule that puts a use in scope joins no scopes; leave 'scopes' empty");
                }
                rule.action = "insert(outcome.inScope(Aspect." + aspect.name() + "));";
                return;
            }
            String args = String.join(
                    ", ",
                    rule.scopes.stream()
                            .map(a -> "$" + a.name().toLowerCase(Locale.ROOT))
                            .toList());
            switch (upper) {
                case "PROHIBITS", "EXEMPTS" -> {
                    if (rule.clause == null) {
                        problem(r, c, upper + " rests on a clause: fill in 'clause' (statement#clause)");
                    }
                    rule.action = "outcome." + upper.toLowerCase(Locale.ROOT) + "(" + args + ");";
                }
                case "OPEN" -> {
                    if (rule.question == null) {
                        problem(r, c, "OPEN raises an open question: fill in 'question' with its id from pack.yaml");
                    }
                    rule.action = "outcome.open(" + args + ");";
                }
                case "LIMITS" -> {
                    if (rule.clause == null) {
                        problem(r, c, "LIMITS rests on a clause: fill in 'clause' (statement#clause)");
                    }
                    rule.action = "outcome.limits();";
                }
                default ->
                    problem(
                            r,
                            c,
                            text.isEmpty()
                                    ? "no effect: write in scope ASPECT, PROHIBITS, EXEMPTS, OPEN or LIMITS"
                                    : "'" + text
                                            + "' is not an effect: write in scope ASPECT, PROHIBITS, EXEMPTS, OPEN or LIMITS");
            }
        }

        private static Aspect aspect(String text) {
            for (Aspect a : Aspect.values()) {
                if (a.name().equalsIgnoreCase(text.strip())) {
                    return a;
                }
            }
            return null;
        }
    }

    private static String quoted(String value) {
        return "\"" + value + "\"";
    }

    /** Writes the DRL and remembers the cell behind every line. */
    static final class Generator {
        private final String path;
        private final StringBuilder drl = new StringBuilder();
        private final List<String> cellByLine = new ArrayList<>();
        private final Map<String, CellMap.RowCells> rows = new LinkedHashMap<>();

        static final class Rule {
            final String name;
            final String nameCell;
            String note = "";
            String clause;
            String clauseCell;
            String question;
            String questionCell;
            String effectCell;
            String action;
            final List<Line> lines = new ArrayList<>();
            final Map<Integer, List<Line>> facts = new LinkedHashMap<>();
            final List<Map<Integer, List<Line>>> alternatives = new ArrayList<>();
            final List<Line> scopeLines = new ArrayList<>();
            final List<Aspect> scopes = new ArrayList<>();

            Rule(String name, String nameCell) {
                this.name = name;
                this.nameCell = nameCell;
            }
        }

        record Line(String text, String cell) {}

        Generator(String path, String packId) {
            this.path = path;
            line("// Generated from " + path.replaceAll("[\\r\\n]", " ") + ": edit the table, not this text.", null);
            line("package pledgescope.tables." + packId.replaceAll("[^a-z0-9]", "") + ";", null);
        }

        private void line(String text, String cell) {
            drl.append(text).append('\n');
            cellByLine.add(cell);
        }

        void add(Rule rule) {
            line("", null);
            line("rule \"" + rule.name + "\"", rule.nameCell);
            if (rule.clause != null) {
                line("    @clause(\"" + rule.clause + "\")", rule.clauseCell);
            }
            if (rule.question != null) {
                line("    @question(\"" + rule.question + "\")", rule.questionCell);
            }
            line("when", rule.nameCell);
            if (!rule.note.isEmpty()) {
                line("    // " + rule.note.replaceAll("[\\r\\n]+", " "), rule.nameCell);
            }
            for (Line l : rule.lines) {
                line("    " + l.text(), l.cell());
            }
            if (rule.alternatives.isEmpty()) {
                rule.facts.values().forEach(ls -> ls.forEach(l -> line("    " + l.text(), l.cell())));
            } else {
                List<Map<Integer, List<Line>>> ways = new ArrayList<>();
                ways.add(rule.facts);
                ways.addAll(rule.alternatives);
                line("    (", rule.nameCell);
                for (int w = 0; w < ways.size(); w++) {
                    List<Line> conditions =
                            ways.get(w).values().stream().flatMap(List::stream).toList();
                    if (conditions.isEmpty()) {
                        conditions = List.of(new Line("Use()", rule.nameCell));
                    }
                    for (int c = 0; c < conditions.size(); c++) {
                        String prefix = c == 0 ? (w == 0 ? "        ( " : "        or ( ") : "          and ";
                        String suffix = c == conditions.size() - 1 ? " )" : "";
                        line(
                                prefix + conditions.get(c).text() + suffix,
                                conditions.get(c).cell());
                    }
                }
                line("    )", rule.nameCell);
            }
            for (Line l : rule.scopeLines) {
                line("    " + l.text(), l.cell());
            }
            line("then", rule.effectCell);
            line("    " + rule.action, rule.effectCell);
            line("end", rule.effectCell);
            rows.putIfAbsent(rule.name, new CellMap.RowCells(rule.nameCell, rule.clauseCell, rule.questionCell));
        }

        String drl() {
            return drl.toString();
        }

        CellMap cellMap() {
            return new CellMap(path, cellByLine, rows);
        }
    }
}
