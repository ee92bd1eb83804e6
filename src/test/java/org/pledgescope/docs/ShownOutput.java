package org.pledgescope.docs;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Whether a command's output is the output a document shows for it. What varies from run to run is masked on both
 * sides (a rule set's revision, a decision's id); the document may leave out what it does not need to show with
 * {@code …}: inside a line it stands for any text, and a line of its own for any number of lines.
 */
final class ShownOutput {
    private static final String ELIDED = "…";
    private static final List<Mask> MASKS = List.of(
            new Mask(Pattern.compile("sha256:[0-9a-f]{8,64}(…)?"), "sha256:<revision>"),
            new Mask(
                    Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|[0-9a-f]{8}-…"),
                    "<decision id>"),
            new Mask(Pattern.compile("\\b\\d+(\\.\\d+)? ?ms\\b"), "<time>"));

    private record Mask(Pattern pattern, String placeholder) {}

    private ShownOutput() {}

    static String masked(String text) {
        for (Mask m : MASKS) {
            text = m.pattern().matcher(text).replaceAll(m.placeholder());
        }
        return text;
    }

    /** The output's lines, masked, without trailing blanks or a last empty line. */
    static List<String> lines(String output) {
        List<String> out = new ArrayList<>();
        for (String line : masked(output).split("\n", -1)) {
            out.add(line.stripTrailing());
        }
        while (!out.isEmpty() && out.get(out.size() - 1).isEmpty()) {
            out.remove(out.size() - 1);
        }
        return out;
    }

    /** Whether {@code actual} is what {@code shown} shows (both as {@link #lines}). */
    static boolean matches(List<String> shown, List<String> actual) {
        return matches(shown, 0, actual, 0);
    }

    private static boolean matches(List<String> shown, int s, List<String> actual, int a) {
        if (s == shown.size()) {
            return a == actual.size();
        }
        if (shown.get(s).strip().equals(ELIDED)) {
            for (int skip = a; skip <= actual.size(); skip++) {
                if (matches(shown, s + 1, actual, skip)) {
                    return true;
                }
            }
            return false;
        }
        return a < actual.size()
                && line(shown.get(s)).matcher(actual.get(a)).matches()
                && matches(shown, s + 1, actual, a + 1);
    }

    private static Pattern line(String shown) {
        StringBuilder regex = new StringBuilder();
        for (String part : shown.split(ELIDED, -1)) {
            if (!regex.isEmpty()) {
                regex.append(".*?");
            }
            regex.append(Pattern.quote(part));
        }
        return Pattern.compile(regex.toString(), Pattern.DOTALL);
    }
}
