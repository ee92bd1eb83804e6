package org.pledgescope.scenario;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.pledgescope.diagnostics.Problems;
import org.pledgescope.verdict.Verdict;
import org.pledgescope.yaml.YamlMap;
import org.pledgescope.yaml.YamlNode;

/** Reads a scenario's {@code expect} mapping; every unknown key or bad value is reported at its line. */
final class ExpectationParser {
    static final Set<String> KEYS =
            Set.of("verdict", "clauses", "openQuestions", "missingFacts", "assumed", "presumed");

    private final Problems problems;

    ExpectationParser(Problems problems) {
        this.problems = problems;
    }

    Expectation parse(YamlNode node) {
        YamlMap expect = YamlMap.of(node, problems, "expect", KEYS);
        if (expect == null) {
            return null;
        }
        Verdict verdict = expect.enumValue("verdict", Verdict.class, true);
        List<String> clauses = expect.strings("clauses", false);
        Set<String> questions = exactSet(expect, "openQuestions");
        Set<String> facts = exactSet(expect, "missingFacts");
        Map<String, String> assumed = readings(expect, "assumed");
        Map<String, String> presumed = readings(expect, "presumed");
        return verdict == null ? null : new Expectation(verdict, clauses, questions, facts, assumed, presumed);
    }

    private Set<String> exactSet(YamlMap expect, String key) {
        Set<String> out = new LinkedHashSet<>();
        for (String item : expect.strings(key, false)) {
            if (!out.add(item)) {
                expect.problem(key, "'" + item + "' is listed twice in expect." + key);
            }
        }
        return out;
    }

    /** {@code expect.assumed} or {@code expect.presumed}: question → reading; null when the key is left out. */
    private Map<String, String> readings(YamlMap expect, String key) {
        if (!expect.has(key)) {
            return null;
        }
        YamlNode node = expect.get(key);
        if (node.isScalar() && node.text() == null) {
            return Map.of();
        }
        Map<String, String> out = new LinkedHashMap<>();
        YamlMap map = YamlMap.of(
                node, problems, "expect." + key, node.isMap() ? node.entries().keySet() : Set.of());
        if (map != null) {
            for (String question : map.keys()) {
                String reading = map.string(question, true);
                if (reading != null) {
                    out.put(question, reading);
                }
            }
        }
        return out;
    }
}
