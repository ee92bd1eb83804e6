package org.pledgescope.table;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.pledgescope.engine.WorldFindings;
import org.pledgescope.engine.facts.RuleFinding;

/**
 * One copy of each finding, rule name, clause and question among a table's outcomes. A pack's outcomes differ in
 * which findings they combine, not in the findings themselves: a table of 50,000 outcomes holds a few hundred
 * distinct findings, and reading it back from the cache would otherwise make a fresh string of each for each
 * outcome (tens of MiB per revision, live until the next reload). Used under the table's outcome lock.
 */
final class SharedParts {
    private final Map<Object, Object> kept = new HashMap<>();

    /** {@code f} made of parts already held where they are equal (equal to {@code f}). */
    WorldFindings of(WorldFindings f) {
        List<RuleFinding> findings = f.findings().stream().map(this::finding).toList();
        LinkedHashSet<String> fired = new LinkedHashSet<>();
        f.rulesFired().forEach(r -> fired.add(text(r)));
        return new WorldFindings(findings, fired);
    }

    private RuleFinding finding(RuleFinding r) {
        RuleFinding held = (RuleFinding) kept.get(r);
        if (held != null) {
            return held;
        }
        RuleFinding made = new RuleFinding(
                text(r.rule()),
                r.kind(),
                text(r.clause()),
                text(r.question()),
                r.dependsOn().stream().map(this::text).toList());
        kept.put(made, made);
        return made;
    }

    private String text(String s) {
        return s == null ? null : one(s);
    }

    @SuppressWarnings("unchecked")
    private <T> T one(T part) {
        return (T) kept.computeIfAbsent(part, p -> p);
    }
}
