package org.pledgescope.engine;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.pledgescope.diagnostics.Problem;
import org.pledgescope.pack.SourceFile;

/**
 * Drools' compile errors in the words of someone who writes rules, at the line they are about, with Drools' own
 * text kept as a second line ({@code drools: …}) for whoever needs it. A missing {@code end} is found by reading the
 * file itself, since Drools reports it where it gives up, lines later.
 */
final class DroolsMessages {
    private static final Pattern RULE_LINE = Pattern.compile("^\\s*rule\\s+\"([^\"]*)\"");
    private static final Pattern END_LINE = Pattern.compile("^\\s*end\\s*$");
    private static final Pattern MISMATCHED = Pattern.compile("mismatched input '([^']*)'");
    private static final Pattern UNKNOWN_CLASS = Pattern.compile("Unable to find class: (\\S+)");
    private static final Pattern UNDEFINED_METHOD =
            Pattern.compile("The method (\\w+)\\(([^)]*)\\) is undefined for the type (\\w+)");
    private static final Pattern LEFT_PART = Pattern.compile("Unable to parse left part of expression: (.*)");
    private static final Pattern ANALYSE = Pattern.compile("Unable to Analyse Expression (.*?):?\\s*$");
    private static final String FACT_TYPES = "Use, Known, Pledge, Scope";
    private static final String ACTIONS =
            "outcome.prohibits(…), outcome.exempts(…), outcome.open(…), outcome.limits(), "
                    + "insert(outcome.inScope(Aspect.…))";

    private DroolsMessages() {}

    /** A rule without {@code end} before the next rule or the end of the file, as a problem at its last line. */
    static Optional<Problem> missingEnd(SourceFile drl) {
        String[] lines = drl.content().split("\n", -1);
        String open = null;
        int openLine = 0;
        int last = 0;
        for (int i = 0; i < lines.length; i++) {
            String code = lines[i].replaceAll("//.*$", "").strip();
            Matcher rule = RULE_LINE.matcher(lines[i]);
            if (rule.find()) {
                if (open != null) {
                    return Optional.of(missing(drl, open, openLine, last));
                }
                open = rule.group(1);
                openLine = i + 1;
            } else if (END_LINE.matcher(code).matches()) {
                open = null;
            }
            if (!code.isEmpty()) {
                last = i + 1;
            }
        }
        return open == null ? Optional.empty() : Optional.of(missing(drl, open, openLine, last));
    }

    private static Problem missing(SourceFile drl, String rule, int ruleLine, int lastLine) {
        return new Problem(
                drl.path(),
                lastLine,
                "rule '" + rule + "' (line " + ruleLine + ") has no 'end': add a line "
                        + "'end' after its action, here");
    }

    /**
     * Drools' message about {@code file} (null when it is about generated Java) at {@code line} (0 if none), in plain
     * words at the line it is about; {@code files} are the pack's DRL files, searched for the text a message names.
     */
    static Problem translate(SourceFile file, int line, String text, List<SourceFile> files, String fallbackPath) {
        String drools = text.strip().replaceAll("\\s+", " ");
        Matcher m;
        if ((m = UNDEFINED_METHOD.matcher(drools)).find()) {
            String method = m.group(1);
            Optional<Located> at = find(files, "." + method + "(");
            String plain = m.group(3).equals("Outcome")
                    ? "outcome." + method + "(…) is not an action a rule can take; the actions: " + ACTIONS
                    : m.group(3) + " has no " + method + "(…)";
            return at.map(l -> problem(l.file().path(), l.line(), plain, drools))
                    .orElse(problem(fallbackPath, 0, plain, drools));
        }
        if (file == null) {
            return problem(fallbackPath, line, "the rules could not be compiled", drools);
        }
        if ((m = UNKNOWN_CLASS.matcher(drools)).find()) {
            String type = m.group(1);
            int at = line > 0 ? line : lineOf(file, type + "(");
            return problem(
                    file.path(),
                    at,
                    "'" + type + "' is not a fact a rule can match; the facts: " + FACT_TYPES
                            + " (see docs/writing-rules.md)",
                    drools);
        }
        if ((m = LEFT_PART.matcher(drools)).find()) {
            String expr = m.group(1).strip();
            String left = expr.split("\\s*(==|!=|<=|>=|<|>|\\bin\\b|\\bmemberOf\\b|\\bnot\\b)", 2)[0].strip();
            return problem(
                    file.path(),
                    line > 0 ? line : lineOf(file, expr),
                    "'" + left + "' is not a field of the fact: "
                            + "Use has agencyType, country, activity, capability, purpose, contractSignedOn, useDate, and "
                            + "fact(\"path\") for any fact of the vocabulary",
                    drools);
        }
        if ((m = ANALYSE.matcher(drools)).find()) {
            String expr = m.group(1).strip();
            return problem(
                    file.path(),
                    line > 0 ? line : lineOf(file, expr),
                    "cannot read the condition '" + expr
                            + "': write a value in double quotes (\"SHERIFF\"), a value set by name (police), and compare with "
                            + "==, !=, in (…), memberOf",
                    drools);
        }
        if ((m = MISMATCHED.matcher(drools)).find()) {
            String token = m.group(1);
            String plain = token.equals("=")
                    ? "'=' in a condition: compare with '=='"
                    : token.equals("then")
                            ? "a condition is not closed before 'then': check its brackets ( )"
                            : "'" + token
                                    + "' is not expected here: check the line above for a missing bracket, comma or "
                                    + "quote";
            return problem(file.path(), line, plain, drools);
        }
        return problem(file.path(), line, "the rule does not compile", drools);
    }

    private static Problem problem(String path, int line, String plain, String drools) {
        return new Problem(path, Math.max(line, 0), plain + "\n    drools: " + drools);
    }

    private record Located(SourceFile file, int line) {}

    private static Optional<Located> find(List<SourceFile> files, String text) {
        for (SourceFile f : files) {
            int line = lineOf(f, text);
            if (line > 0) {
                return Optional.of(new Located(f, line));
            }
        }
        return Optional.empty();
    }

    /** The first line (1-based) holding {@code text} outside a comment, or 0. */
    private static int lineOf(SourceFile file, String text) {
        String[] lines = file.content().split("\n", -1);
        String squashed = text.replaceAll("\\s+", "");
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].replaceAll("//.*$", "").replaceAll("\\s+", "").contains(squashed)) {
                return i + 1;
            }
        }
        return 0;
    }
}
