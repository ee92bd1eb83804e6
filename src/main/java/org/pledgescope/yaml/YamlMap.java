package org.pledgescope.yaml;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.pledgescope.diagnostics.DateText;
import org.pledgescope.diagnostics.DidYouMean;
import org.pledgescope.diagnostics.Problems;

/**
 * Typed, checked access to one YAML mapping. Keys not in the allowed set are reported (a typo must never
 * pass silently); each accessor reports a missing or mistyped value at its line and returns null.
 */
public final class YamlMap {
    private final YamlNode node;
    private final Map<String, YamlNode> entries;
    private final Problems problems;
    private final String context;
    /** Keys an unknown key was probably meant to be: their absence is that key's problem, not one more. */
    private final Set<String> misspelt = new TreeSet<>();

    private YamlMap(YamlNode node, Problems problems, String context, Collection<String> allowed) {
        this.node = node;
        this.entries = node.entries();
        this.problems = problems;
        this.context = context;
        for (String key : entries.keySet()) {
            if (!allowed.contains(key)) {
                List<String> meant = DidYouMean.among(key, new TreeSet<>(allowed));
                misspelt.addAll(meant);
                problems.add(
                        node.file(),
                        node.lineOf(key),
                        "unknown key '" + key + "' in " + context + DidYouMean.phrase(meant) + "; allowed: "
                                + new TreeSet<>(allowed));
            }
        }
    }

    /** Views {@code node} as a mapping, or reports that it is not one and returns null. */
    public static YamlMap of(YamlNode node, Problems problems, String context, Collection<String> allowed) {
        if (node == null) {
            return null;
        }
        if (!node.isMap()) {
            problems.add(node.file(), node.line(), context + " must be a mapping, not " + node.kind());
            return null;
        }
        return new YamlMap(node, problems, context, allowed);
    }

    public YamlNode node() {
        return node;
    }

    public int line() {
        return node.line();
    }

    public int lineOf(String key) {
        return node.lineOf(key);
    }

    public String file() {
        return node.file();
    }

    public boolean has(String key) {
        return entries.containsKey(key);
    }

    public YamlNode get(String key) {
        return entries.get(key);
    }

    public Set<String> keys() {
        return entries.keySet();
    }

    public void problem(String key, String message) {
        problems.add(node.file(), node.lineOf(key), message);
    }

    public String string(String key, boolean required) {
        YamlNode v = entries.get(key);
        if (v == null || (v.isScalar() && v.text() == null)) {
            if (required && (v != null || !misspelt.contains(key))) {
                problems.add(node.file(), v == null ? node.line() : v.line(), "missing '" + key + "' in " + context);
            }
            return null;
        }
        if (!v.isScalar()) {
            problems.add(node.file(), v.line(), "'" + key + "' in " + context + " must be a text, not " + v.kind());
            return null;
        }
        return v.text();
    }

    public LocalDate date(String key, boolean required) {
        String s = string(key, required);
        if (s == null) {
            return null;
        }
        LocalDate day = DateText.parse(s);
        if (day == null) {
            problem(key, "'" + key + "' in " + context + ": " + DateText.problem(s));
        }
        return day;
    }

    public Boolean bool(String key) {
        String s = string(key, false);
        if (s == null) {
            return null;
        }
        if (s.equals("true") || s.equals("false")) {
            return Boolean.valueOf(s);
        }
        problem(key, "'" + key + "' in " + context + " must be true or false, not '" + s + "'");
        return null;
    }

    /** A list of nodes under {@code key}; a scalar or mapping there is reported. */
    public List<YamlNode> list(String key, boolean required) {
        YamlNode v = entries.get(key);
        if (v == null || (v.isScalar() && v.text() == null)) {
            if (required && (v != null || !misspelt.contains(key))) {
                problems.add(node.file(), node.line(), "missing '" + key + "' in " + context);
            }
            return List.of();
        }
        if (!v.isList()) {
            problems.add(node.file(), v.line(), "'" + key + "' in " + context + " must be a list, not " + v.kind());
            return List.of();
        }
        return v.items();
    }

    /** A list of texts under {@code key}. */
    public List<String> strings(String key, boolean required) {
        List<String> out = new ArrayList<>();
        for (YamlNode item : list(key, required)) {
            if (item.isScalar() && item.text() != null) {
                out.add(item.text());
            } else {
                problems.add(node.file(), item.line(), "'" + key + "' in " + context + " must list texts");
            }
        }
        return out;
    }

    public <E extends Enum<E>> E enumValue(String key, Class<E> type, boolean required) {
        String s = string(key, required);
        if (s == null) {
            return null;
        }
        for (E e : type.getEnumConstants()) {
            if (e.name().equals(s)) {
                return e;
            }
        }
        problem(
                key,
                "'" + key + "' in " + context + ": '" + s + "' is not one of "
                        + Arrays.toString(type.getEnumConstants()));
        return null;
    }
}
