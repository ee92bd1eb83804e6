package org.pledgescope.yaml;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;

/**
 * A YAML syntax error as an analyst can act on it: the line and column of the mistake (which is not always where the
 * parser stopped: a key missing its colon is found on the line after it), what to do about it (indentation, a missing
 * colon, a tab, a colon inside an unquoted text, a quote or bracket left open), and the parser's own words last.
 */
record YamlSyntaxError(int line, int column, String message) {
    private static final Pattern KEY_VALUE = Pattern.compile("^(\\s*(?:-\\s+)?)([^\\s:#][^:#]*?):\\s+(.*)$");
    private static final Pattern DASH_WITHOUT_SPACE = Pattern.compile("^\\s*-[^\\s-].*");

    /** What {@code e}, thrown while reading {@code text}, means and where. */
    static YamlSyntaxError of(MarkedYamlEngineException e, String text) {
        String[] lines = text.split("\r?\n|\r", -1);
        String problem = e.getProblem() == null ? e.getMessage() : e.getProblem();
        Optional<Mark> at = e.getProblemMark().or(e::getContextMark);
        int line = at.map(m -> m.getLine() + 1).orElse(0);
        int column = at.map(m -> m.getColumn() + 1).orElse(0);
        int contextLine = e.getContextMark().map(m -> m.getLine() + 1).orElse(line);
        String parser = " (the YAML parser: " + problem.strip() + ")";
        String lineText = line >= 1 && line <= lines.length ? lines[line - 1] : "";

        if (problem.contains("\\t(TAB)") || problem.contains("\t")) {
            return new YamlSyntaxError(
                    line,
                    column,
                    "a tab: YAML allows spaces only, for indentation and after a key's"
                            + " colon; replace the tab with spaces" + parser);
        }
        if (problem.startsWith("could not find expected ':'")) {
            int keyLine = contextLine;
            String key = firstWord(keyLine >= 1 && keyLine <= lines.length ? lines[keyLine - 1] : "");
            return new YamlSyntaxError(
                    keyLine,
                    e.getContextMark().map(m -> m.getColumn() + 1).orElse(column),
                    "a missing colon: a key is followed by ':' and a space"
                            + (key.isEmpty() ? "" : " ('" + key + ": …')") + parser);
        }
        if (problem.startsWith("mapping values are not allowed here")) {
            return mappingValue(lines, line, column, lineText, parser);
        }
        if (problem.contains("but found '<block mapping start>'")) {
            int previous = previousContentLine(lines, line);
            String above = previous > 0
                    ? "; the key above it (line " + previous + ") is at column " + keyColumn(lines[previous - 1])
                    : "";
            return new YamlSyntaxError(
                    line,
                    column,
                    "indentation: this key starts at column " + column + above
                            + "; the keys of one mapping line up at the same column (spaces only), and a key"
                            + " indented further belongs under a key that ends with ':' and no value" + parser);
        }
        if (problem.contains("but found '<scalar>'") || problem.contains("found unexpected end of stream")) {
            int open = unclosedQuote(lines, contextLine, line);
            if (open > 0) {
                return new YamlSyntaxError(
                        open,
                        0,
                        "a quote (\") opened on this line is not closed on it: close it, or the text runs on to line "
                                + line + parser);
            }
            return new YamlSyntaxError(
                    line,
                    column,
                    "indentation: a text where a key was expected; line the line up with the keys beside it (spaces only), or join it to the value"
                            + " it continues" + parser);
        }
        Matcher flow = Pattern.compile("expected ',' or '([}\\]])'").matcher(problem);
        if (flow.find()) {
            String open = flow.group(1).equals("}") ? "{" : "[";
            int from = contextLine;
            return new YamlSyntaxError(
                    line,
                    column,
                    "the '" + open + "' opened on line " + from + " needs its '" + flow.group(1)
                            + "', and a value inside it holding ',', ':', '{' or '[' needs quotes" + parser);
        }
        return new YamlSyntaxError(
                line,
                column,
                "check the indentation (spaces only, keys of one mapping"
                        + " at the same column) and put in quotes a text holding ': ' or ' #' or starting with one of"
                        + " [ ] { } & * ! | > ' \" % @ `" + parser);
    }

    /**
     * "mapping values are not allowed here": a colon and a space inside a value (the usual case: quote the value), or
     * a key under a line that already holds a value (a list item written {@code -id:}, or a key indented too far).
     */
    private static YamlSyntaxError mappingValue(String[] lines, int line, int column, String lineText, String parser) {
        Matcher kv = KEY_VALUE.matcher(lineText);
        if (kv.matches() && kv.end(2) + 1 < column) {
            String value = kv.group(3).strip();
            return new YamlSyntaxError(
                    line,
                    column,
                    "a colon and a space inside a text: put the text in quotes, e.g. "
                            + kv.group(2).strip() + ": \"" + value.replace("\"", "\\\"") + "\"" + parser);
        }
        int previous = previousContentLine(lines, line);
        if (previous > 0 && DASH_WITHOUT_SPACE.matcher(lines[previous - 1]).matches()) {
            return new YamlSyntaxError(
                    previous,
                    lines[previous - 1].indexOf('-') + 1,
                    "a list item needs a space after its '-' ('- "
                            + lines[previous - 1].strip().substring(1) + "')" + parser);
        }
        String above = previous > 0 ? " (line " + previous + ", column " + keyColumn(lines[previous - 1]) + ")" : "";
        return new YamlSyntaxError(
                line,
                column,
                "indentation: this key is indented further than the key above it" + above + ", which holds a"
                        + " value: line it up with that key (spaces only); if this line continues a text, put the text"
                        + " in quotes" + parser);
    }

    /** The first line from {@code from} to before {@code to} whose double quotes do not pair up, or 0. */
    private static int unclosedQuote(String[] lines, int from, int to) {
        for (int l = Math.max(1, from); l < to && l <= lines.length; l++) {
            String content = lines[l - 1].replace("\\\"", "");
            int hash = content.indexOf(" #");
            if (hash >= 0
                    && content.substring(0, hash).chars().filter(c -> c == '"').count() % 2 == 0) {
                content = content.substring(0, hash);
            }
            if (content.strip().startsWith("#")) {
                continue;
            }
            if (content.chars().filter(c -> c == '"').count() % 2 == 1) {
                return l;
            }
        }
        return 0;
    }

    /** The nearest line above {@code line} that is neither blank nor a comment, or 0. */
    private static int previousContentLine(String[] lines, int line) {
        for (int l = line - 1; l >= 1; l--) {
            String s = l <= lines.length ? lines[l - 1].strip() : "";
            if (!s.isEmpty() && !s.startsWith("#")) {
                return l;
            }
        }
        return 0;
    }

    /** The column (1-based) where a line's key starts, after any list dash. */
    private static int keyColumn(String line) {
        Matcher kv = KEY_VALUE.matcher(line);
        if (kv.matches()) {
            return kv.start(2) + 1;
        }
        return line.length() - line.stripLeading().length() + 1;
    }

    private static String firstWord(String line) {
        String s = line.strip();
        if (s.startsWith("- ")) {
            s = s.substring(2).strip();
        }
        int space = s.indexOf(' ');
        return space < 0 ? s : s.substring(0, space);
    }
}
