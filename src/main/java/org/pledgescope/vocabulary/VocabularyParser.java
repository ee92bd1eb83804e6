package org.pledgescope.vocabulary;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.pledgescope.diagnostics.Problems;
import org.pledgescope.yaml.YamlMap;
import org.pledgescope.yaml.YamlNode;

/**
 * Reads fact declarations: the {@code facts:} mapping of {@code vocabulary.yaml} or of a pack's
 * {@code pack.yaml}. Every problem is reported at its line; a fact with a problem is left out.
 */
public final class VocabularyParser {
    private static final Pattern PATH = Pattern.compile("[a-z][a-zA-Z0-9]*(\\.[a-z][a-zA-Z0-9]*)*");
    private static final Pattern VALUE = Pattern.compile("[A-Z][A-Z0-9_]*");
    private static final Pattern SET = Pattern.compile("[a-z][a-zA-Z0-9]*");
    private static final Set<String> ROOT_KEYS = Set.of("facts");
    private static final Set<String> FACT_KEYS = Set.of("kind", "description", "values", "sets", "example");
    private static final Set<String> RESERVED_SETS = Set.of("outcome", "true", "false", "null", "this");

    private final Problems problems;

    public VocabularyParser(Problems problems) {
        this.problems = problems;
    }

    /** The shared vocabulary: a file whose one key is {@code facts}. */
    public Vocabulary parseFile(String file, String content) {
        YamlMap root = YamlMap.of(YamlNode.parse(file, content, problems), problems, "vocabulary.yaml", ROOT_KEYS);
        if (root == null) {
            return new Vocabulary(List.of());
        }
        if (!root.has("facts")) {
            problems.add(file, root.line(), "missing 'facts' in vocabulary.yaml");
        }
        List<Fact> facts = parseFacts(root.get("facts"), List.of());
        for (String required : List.of(Vocabulary.USE_DATE, Vocabulary.AS_KNOWN_ON)) {
            if (facts.stream().noneMatch(f -> f.path().equals(required) && f.kind() == FactKind.DATE)) {
                problems.add(file, root.line(), "vocabulary.yaml must declare '" + required + "' as a date");
            }
        }
        return new Vocabulary(facts);
    }

    /** The facts declared under a {@code facts:} node; {@code declaredBy} names the declaring pack, if any. */
    public List<Fact> parseFacts(YamlNode node, List<String> declaredBy) {
        List<Fact> out = new ArrayList<>();
        if (node == null) {
            return out;
        }
        if (!node.isMap()) {
            problems.add(node.file(), node.line(), "'facts' must be a mapping of fact paths, not " + node.kind());
            return out;
        }
        for (Map.Entry<String, YamlNode> e : node.entries().entrySet()) {
            Fact fact = fact(e.getKey(), e.getValue(), node.lineOf(e.getKey()), declaredBy);
            if (fact != null) {
                out.add(fact);
            }
        }
        for (Fact a : out) {
            for (Fact b : out) {
                if (b.path().startsWith(a.path() + ".")) {
                    problems.add(
                            node.file(),
                            node.lineOf(b.path()),
                            "fact '" + b.path() + "' lies under fact '" + a.path()
                                    + "': a path is either a value or an object of facts, not both");
                }
            }
        }
        return out;
    }

    private Fact fact(String path, YamlNode node, int line, List<String> declaredBy) {
        String file = node.file();
        int before = problems.sorted().size();
        if (!PATH.matcher(path).matches()) {
            problems.add(
                    file,
                    line,
                    "fact path '" + path
                            + "' must be lowerCamelCase names joined by dots (e.g. agency.type, customer.actsFor)");
        }
        if (Vocabulary.QUERY_KEYS.contains(path.split("\\.")[0])) {
            problems.add(
                    file,
                    line,
                    "fact path '" + path + "' is reserved: a query's '" + path.split("\\.")[0] + "' is not a fact");
        }
        YamlMap m = YamlMap.of(node, problems, "fact '" + path + "'", FACT_KEYS);
        if (m == null) {
            return null;
        }
        String kindText = m.string("kind", true);
        FactKind kind = null;
        if (kindText != null) {
            try {
                kind = FactKind.valueOf(kindText.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                m.problem(
                        "kind",
                        "fact '" + path + "': kind '" + kindText + "' is not one of "
                                + Arrays.stream(FactKind.values())
                                        .map(FactKind::id)
                                        .toList());
            }
        }
        String description = m.string("description", true);
        String example = m.string("example", false);
        List<FactValue> values = kind == FactKind.ENUMERATION ? values(m, path) : List.of();
        if (kind != null && kind != FactKind.ENUMERATION && (m.has("values") || m.has("sets"))) {
            m.problem(
                    m.has("values") ? "values" : "sets",
                    "fact '" + path + "' is a " + kind.id() + ": only an enumeration has values and sets");
        }
        Map<String, List<String>> sets = kind == FactKind.ENUMERATION ? sets(m, path, values) : Map.of();
        if (problems.sorted().size() > before || kind == null) {
            return null;
        }
        Fact fact = new Fact(path, kind, description, values, sets, example, declaredBy);
        if (example != null && kind == FactKind.ENUMERATION && !fact.hasValue(example)) {
            m.problem(
                    "example",
                    "fact '" + path + "': example '" + example + "' is not one of its values " + fact.valueIds());
            return null;
        }
        return fact;
    }

    private List<FactValue> values(YamlMap m, String path) {
        YamlNode node = m.get("values");
        List<FactValue> out = new ArrayList<>();
        if (node == null || !node.isMap() || node.entries().isEmpty()) {
            m.problem(
                    node == null ? "kind" : "values",
                    "fact '" + path + "' is an enumeration: give its values as a mapping of VALUE_ID: description");
            return out;
        }
        node.entries().forEach((id, desc) -> {
            if (!VALUE.matcher(id).matches()) {
                problems.add(
                        node.file(),
                        node.lineOf(id),
                        "value '" + id + "' of " + path + " must be UPPER_CASE letters, digits and underscores");
            } else if (!desc.isScalar() || desc.text() == null) {
                problems.add(node.file(), node.lineOf(id), "value '" + id + "' of " + path + " needs a description");
            } else {
                out.add(new FactValue(id, desc.text()));
            }
        });
        return out;
    }

    private Map<String, List<String>> sets(YamlMap m, String path, List<FactValue> values) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        YamlNode node = m.get("sets");
        if (node == null) {
            return out;
        }
        if (!node.isMap()) {
            m.problem("sets", "'sets' of " + path + " must be a mapping of setName: [VALUE, …]");
            return out;
        }
        List<String> ids = values.stream().map(FactValue::id).toList();
        node.entries().forEach((name, list) -> {
            int line = node.lineOf(name);
            if (!SET.matcher(name).matches() || RESERVED_SETS.contains(name)) {
                problems.add(
                        node.file(),
                        line,
                        "value set name '" + name
                                + "' must be a lowerCamelCase word (it is written as is in rules and queries)");
                return;
            }
            if (!list.isList() || list.items().isEmpty()) {
                problems.add(node.file(), line, "value set '" + name + "' of " + path + " must list its values");
                return;
            }
            List<String> members = new ArrayList<>();
            for (YamlNode item : list.items()) {
                String v = item.isScalar() ? item.text() : null;
                if (v == null || !ids.contains(v)) {
                    problems.add(
                            node.file(),
                            item.line(),
                            "value set '" + name + "': '" + v + "' is not a value of " + path + "; values: " + ids);
                } else {
                    members.add(v);
                }
            }
            out.put(name, List.copyOf(members));
        });
        return out;
    }
}
