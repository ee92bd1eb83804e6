package org.pledgescope.scenario;

import java.util.ArrayList;
import java.util.List;

/**
 * The lines that explain a failed scenario: each mismatch, what the result cites, its because, and the rules fired
 * in each world of facts that decided it.
 */
public final class FailureText {
    private static final int MAX_WORLDS = 12;

    private FailureText() {}

    public static List<String> lines(ScenarioResult result) {
        List<String> out = new ArrayList<>();
        for (Mismatch m : result.mismatches()) {
            out.add(describe(m));
        }
        if (result.mismatches().stream().anyMatch(m -> m.field().equals("clauses"))) {
            out.add("cited: " + ExpectationCheck.citedClauses(result.actual()));
        }
        out.add("because: " + result.actual().because());
        int shown = 0;
        for (String world : result.worlds()) {
            if (shown++ == MAX_WORLDS) {
                out.add("... and " + (result.worlds().size() - MAX_WORLDS) + " more worlds");
                break;
            }
            out.add(world);
        }
        return out;
    }

    static String describe(Mismatch m) {
        if (m.expected() != null || m.actual() != null) {
            return m.field() + ": expected " + m.expected() + ", got " + m.actual();
        }
        if (m.field().equals("clauses")) {
            return "clauses: expected but not cited " + m.missing();
        }
        List<String> parts = new ArrayList<>();
        if (!m.missing().isEmpty()) {
            parts.add("missing " + m.missing());
        }
        if (!m.extra().isEmpty()) {
            parts.add("extra " + m.extra());
        }
        return m.field() + ": " + String.join("; ", parts);
    }
}
