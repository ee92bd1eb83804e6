package org.pledgescope.json;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamContext;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.core.exc.UnexpectedEndOfInputException;

/**
 * Why a text is not the JSON expected, in words a client can act on: where (line and column) and what, never the
 * parser's own vocabulary (its feature and class names, its token types). A message this class does not know is
 * reported as plain "not valid JSON" rather than passed through.
 */
public final class JsonErrors {
    private static final Pattern DUPLICATE = Pattern.compile("Duplicate Object property \"(.*)\"", Pattern.DOTALL);
    private static final Pattern UNEXPECTED =
            Pattern.compile("Unexpected character \\('(.*)' \\(code (\\d+)\\)\\)(?: in numeric value)?:? ?(.*)");
    private static final Pattern UNRECOGNIZED = Pattern.compile("Unrecognized token '(.*)': .*", Pattern.DOTALL);
    private static final Pattern NON_STANDARD = Pattern.compile("Non-standard token '(.*)'.*", Pattern.DOTALL);
    private static final Pattern CONTROL =
            Pattern.compile("Illegal unquoted character \\(\\(CTRL-CHAR, code (\\d+)\\)\\).*");
    private static final Pattern ESCAPE = Pattern.compile("Unrecognized character escape '(.*)' \\(code \\d+\\).*");
    private static final Pattern CLOSE = Pattern.compile("Unexpected close marker '(.)'.*");
    private static final Pattern LIMIT =
            Pattern.compile("(Document nesting depth|Number value length|String value length|Name length)"
                    + " \\((\\d+)\\) exceeds the maximum allowed \\((\\d+).*");
    private static final String VALUE = "a value (a string, number, object, array, true, false or null)";

    private JsonErrors() {}

    /** What is wrong and where: {@code at line 1, column 2: comments are not allowed in JSON}. */
    public static String describe(JacksonException e) {
        TokenStreamLocation at = e.getLocation();
        String where = at == null || at.getLineNr() < 1
                ? ""
                : "at line " + at.getLineNr() + ", column " + at.getColumnNr() + ": ";
        return where + what(e);
    }

    /**
     * The path of a key given twice in one object ({@code agency.type}, {@code [2].agency.type}), or null when
     * {@code e} is about something else.
     */
    public static String duplicateKey(JacksonException e) {
        String message = e.getOriginalMessage();
        if (message == null || !DUPLICATE.matcher(message).matches()) {
            return null;
        }
        if (e instanceof StreamReadException read && read.processor() != null) {
            return path(read.processor().streamReadContext());
        }
        Matcher m = DUPLICATE.matcher(message);
        return m.matches() ? m.group(1) : "";
    }

    private static String path(TokenStreamContext context) {
        Deque<String> parts = new ArrayDeque<>();
        for (TokenStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
            if (c.inArray()) {
                parts.push("[" + Math.max(0, c.getCurrentIndex()) + "]");
            } else if (c.currentName() != null) {
                parts.push(c.currentName());
            }
        }
        StringBuilder out = new StringBuilder();
        for (String part : parts) {
            if (!out.isEmpty() && !part.startsWith("[")) {
                out.append('.');
            }
            out.append(part);
        }
        return out.toString();
    }

    private static String what(JacksonException e) {
        String message = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
        Matcher m;
        if ((m = DUPLICATE.matcher(message)).matches()) {
            return "duplicate key '" + m.group(1) + "': a key may appear once in an object";
        }
        if (message.startsWith("Trailing token")) {
            return "more text after the JSON value: one value is expected, followed by nothing but whitespace";
        }
        if (message.contains("maybe a (non-standard) comment")) {
            return "comments are not allowed in JSON";
        }
        if (e instanceof UnexpectedEndOfInputException || message.startsWith("Unexpected end-of-input")) {
            return endOfInput(message);
        }
        if (e instanceof StreamConstraintsException && (m = LIMIT.matcher(message)).matches()) {
            return limit(m.group(1), m.group(3));
        }
        if ((m = CONTROL.matcher(message)).matches()) {
            return "the control character " + codePoint(Integer.parseInt(m.group(1)))
                    + " must be written as an escape inside a string (such as \\n, \\t or \\u0000)";
        }
        if ((m = ESCAPE.matcher(message)).matches()) {
            return "'\\" + m.group(1)
                    + "' is not an escape JSON knows (\\\", \\\\, \\/, \\b, \\f, \\n, \\r, \\t, \\uXXXX)";
        }
        if ((m = UNRECOGNIZED.matcher(message)).matches()) {
            return "'" + m.group(1) + "' is not a JSON value: expected " + VALUE;
        }
        if ((m = NON_STANDARD.matcher(message)).matches()) {
            return "'" + m.group(1) + "' is not a JSON value: expected " + VALUE;
        }
        if ((m = CLOSE.matcher(message)).matches()) {
            return "'" + m.group(1) + "' closes nothing that is open here";
        }
        if ((m = UNEXPECTED.matcher(message)).matches()) {
            String expected = expected(m.group(3));
            return "unexpected character " + character(m.group(1), Integer.parseInt(m.group(2)))
                    + (expected == null ? "" : ": expected " + expected);
        }
        if (message.startsWith("Invalid numeric value: Leading zeroes")) {
            return "a number may not start with 0 unless it is 0 (or 0.something)";
        }
        if (message.startsWith("Invalid numeric value")) {
            return "not a valid JSON number";
        }
        return "not valid JSON";
    }

    private static String endOfInput(String message) {
        if (message.contains("for Object")) {
            return "the text ends before the object is closed with '}'";
        }
        if (message.contains("for Array")) {
            return "the text ends before the array is closed with ']'";
        }
        if (message.contains("String") || message.contains("string") || message.contains("quote")) {
            return "the text ends inside a string";
        }
        return "the text ends before the JSON value does";
    }

    private static String limit(String what, String max) {
        return switch (what) {
            case "Document nesting depth" -> "objects and arrays nest more than " + max + " levels deep";
            case "Number value length" -> "a number longer than " + max + " characters";
            case "String value length" -> "a string longer than " + max + " characters";
            default -> "a property name longer than " + max + " characters";
        };
    }

    /** The parser's "was expecting …" in words, or null when it says nothing more than where. */
    private static String expected(String rest) {
        String r = rest.toLowerCase(Locale.ROOT);
        if (r.contains("double-quote to start property name") || r.contains("double-quote to start field name")) {
            return "a property name in double quotes";
        }
        if (r.contains("colon to separate")) {
            return "':' between a property name and its value";
        }
        if (r.contains("comma to separate object")) {
            return "',' or '}' after a value in an object";
        }
        if (r.contains("comma to separate array")) {
            return "',' or ']' after a value in an array";
        }
        if (r.contains("expected a valid value") || r.contains("expected a value")) {
            return VALUE;
        }
        if (r.contains("hex-digit")) {
            return "a hexadecimal digit in a \\u escape";
        }
        if (r.contains("digit")) {
            return "a digit";
        }
        if (r.contains("plus sign")) {
            return "a number without a '+' sign";
        }
        return null;
    }

    private static String character(String shown, int code) {
        return code < 0x20 || code == 0x7F ? codePoint(code) : "'" + shown + "'";
    }

    private static String codePoint(int code) {
        return "U+" + String.format(Locale.ROOT, "%04X", code);
    }
}
