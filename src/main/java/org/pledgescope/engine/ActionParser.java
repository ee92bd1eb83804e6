package org.pledgescope.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Reads a rule's action — the text between {@code then} and {@code end} — as the few statements a rule may make:
 *
 * <pre>
 *   outcome.prohibits($scope, …);   outcome.exempts(…);   outcome.open(…);   outcome.limits();
 *   insert(outcome.inScope(Aspect.AGENCY));       (or insertLogical)
 *   insert(new DeclaredType());                    (a type the pack declares; or insertLogical)
 *   delete($fact);                                 (or retract)
 * </pre>
 *
 * Comments are allowed; anything else is a problem at its line, naming the statement. This is a grammar, not a
 * filter: what it does not recognise is refused, so an action can never reach into Java.
 */
final class ActionParser {
    static final String ALLOWED = "a rule action may only be outcome.prohibits($scope, …), outcome.exempts(…),"
            + " outcome.open(…), outcome.limits(), insert(outcome.inScope(Aspect.X)), insert(new DeclaredType()) or"
            + " delete($fact), each ending with ';'";

    private static final Set<String> REPORTS = Set.of("prohibits", "exempts", "open", "limits");

    /** A statement that is not an action a rule may take: its line and text. */
    record Refused(int line, String statement, String why) {}

    /** What an action reads as: its statements, or what was refused. */
    record Read(List<RuleModel.Action> actions, List<Refused> refused) {}

    private record Token(String text, int line, int start, int end) {
        boolean is(String s) {
            return text.equals(s);
        }

        boolean identifier() {
            return Character.isJavaIdentifierStart(text.charAt(0)) && text.charAt(0) != '$';
        }

        boolean variable() {
            return text.length() > 1 && text.charAt(0) == '$';
        }
    }

    private final String source;
    private final List<Token> tokens = new ArrayList<>();
    private final List<Refused> refused = new ArrayList<>();
    private int at;

    private ActionParser(String source) {
        this.source = source;
    }

    /** Reads {@code action}, whose first line is line {@code firstLine} of its file. */
    static Read read(String action, int firstLine) {
        ActionParser p = new ActionParser(action == null ? "" : action);
        p.tokenize(firstLine);
        List<RuleModel.Action> out = new ArrayList<>();
        while (p.at < p.tokens.size()) {
            int start = p.at;
            RuleModel.Action a = p.statement();
            if (a != null) {
                out.add(a);
            } else {
                p.skipStatement(start);
            }
        }
        return new Read(out, p.refused);
    }

    private void tokenize(int firstLine) {
        int line = firstLine;
        int i = 0;
        int n = source.length();
        while (i < n) {
            char c = source.charAt(i);
            if (c == '\n') {
                line++;
                i++;
            } else if (Character.isWhitespace(c)) {
                i++;
            } else if (c == '/' && i + 1 < n && source.charAt(i + 1) == '/') {
                while (i < n && source.charAt(i) != '\n') {
                    i++;
                }
            } else if (c == '/' && i + 1 < n && source.charAt(i + 1) == '*') {
                int end = source.indexOf("*/", i + 2);
                int stop = end < 0 ? n : end + 2;
                for (int j = i; j < stop; j++) {
                    line += source.charAt(j) == '\n' ? 1 : 0;
                }
                i = stop;
            } else if (Character.isJavaIdentifierStart(c)) {
                int s = i;
                while (i < n && Character.isJavaIdentifierPart(source.charAt(i))) {
                    i++;
                }
                tokens.add(new Token(source.substring(s, i), line, s, i));
            } else {
                tokens.add(new Token(String.valueOf(c), line, i, i + 1));
                i++;
            }
        }
    }

    private Token peek(int k) {
        return at + k < tokens.size() ? tokens.get(at + k) : null;
    }

    private boolean accept(String text) {
        Token t = peek(0);
        if (t != null && t.is(text)) {
            at++;
            return true;
        }
        return false;
    }

    /** One statement, or null (with a problem recorded) when it is not one a rule may take. */
    private RuleModel.Action statement() {
        Token first = peek(0);
        int line = first.line();
        RuleModel.Action a = null;
        if (first.is("outcome")) {
            a = report(line);
        } else if (first.is("insert") || first.is("insertLogical")) {
            a = insertion(line, first.is("insertLogical"));
        } else if (first.is("delete") || first.is("retract")) {
            at++;
            if (accept("(") && peek(0) != null && peek(0).variable()) {
                String v = tokens.get(at++).text();
                if (accept(")")) {
                    a = new RuleModel.Remove(v, line);
                }
            }
        }
        if (a == null || !accept(";")) {
            return null;
        }
        return a;
    }

    private RuleModel.Action report(int line) {
        at++;
        if (!accept(".") || peek(0) == null || !REPORTS.contains(peek(0).text())) {
            return null;
        }
        String kind = tokens.get(at++).text();
        if (!accept("(")) {
            return null;
        }
        List<String> scopes = new ArrayList<>();
        if (!accept(")")) {
            do {
                Token t = peek(0);
                if (t == null || !t.variable()) {
                    return null;
                }
                scopes.add(t.text());
                at++;
            } while (accept(","));
            if (!accept(")")) {
                return null;
            }
        }
        if (kind.equals("limits") && !scopes.isEmpty()) {
            return null;
        }
        return new RuleModel.Report(kind, scopes, line);
    }

    private RuleModel.Action insertion(int line, boolean logical) {
        at++;
        if (!accept("(")) {
            return null;
        }
        RuleModel.Action a = null;
        if (accept("outcome")) {
            if (accept(".") && accept("inScope") && accept("(") && accept("Aspect") && accept(".")) {
                Token aspect = peek(0);
                if (aspect != null && aspect.identifier()) {
                    at++;
                    if (accept(")")) {
                        a = new RuleModel.Classify(aspect.text(), logical, line);
                    }
                }
            }
        } else if (accept("new")) {
            Token type = peek(0);
            if (type != null && type.identifier()) {
                at++;
                if (accept("(") && accept(")")) {
                    a = new RuleModel.Create(type.text(), logical, line);
                }
            }
        }
        return a != null && accept(")") ? a : null;
    }

    /** Records the statement that began at token {@code start} as refused, and moves past its ';' (or to the end). */
    private void skipStatement(int start) {
        int depth = 0;
        int i = start;
        for (; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (t.is("(") || t.is("{") || t.is("[")) {
                depth++;
            } else if (t.is(")") || t.is("}") || t.is("]")) {
                depth = Math.max(0, depth - 1);
            } else if (t.is(";") && depth == 0) {
                break;
            }
        }
        Token first = tokens.get(start);
        int end = i < tokens.size() ? tokens.get(i).start() : source.length();
        String text = source.substring(first.start(), Math.max(first.start(), end))
                .strip()
                .replaceAll("\\s+", " ");
        if (text.length() > 80) {
            text = text.substring(0, 77) + "…";
        }
        refused.add(new Refused(first.line(), text, ALLOWED));
        at = Math.min(tokens.size(), i + 1);
    }
}
