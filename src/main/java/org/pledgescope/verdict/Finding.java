package org.pledgescope.verdict;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.pledgescope.pack.Effect;
import org.pledgescope.pack.Reading;

/**
 * One rule's finding in one world of facts. {@code clause} and/or {@code question} is cited.
 * {@code dependsOn} lists open questions that must each be read broadly (a reading whose effect is not
 * NONE) for the finding to take effect: e.g. "police use is prohibited, if federal agencies count as police".
 */
public record Finding(String rule, FindingKind kind, String clause, String question, List<String> dependsOn)
        implements Comparable<Finding> {

    public Finding {
        dependsOn = List.copyOf(dependsOn.stream().distinct().sorted().toList());
    }

    /** The effect this finding has when each open question is read as in {@code readings}. */
    public Effect effectUnder(Map<String, Reading> readings) {
        for (String q : dependsOn) {
            if (readings.get(q).effect() == Effect.NONE) {
                return Effect.NONE;
            }
        }
        return switch (kind) {
            case PROHIBITS -> Effect.PROHIBITS;
            case EXEMPTS -> Effect.EXEMPTS;
            case LIMITS -> Effect.NONE;
            case OPEN -> readings.get(question).effect();
        };
    }

    /** Every open question this finding's effect hinges on. */
    public List<String> questions() {
        if (question == null || kind != FindingKind.OPEN) {
            return dependsOn;
        }
        return Stream.concat(Stream.of(question), dependsOn.stream())
                .distinct()
                .sorted()
                .toList();
    }

    @Override
    public int compareTo(Finding o) {
        int c = kind.compareTo(o.kind);
        if (c == 0) c = rule.compareTo(o.rule);
        if (c == 0) c = String.valueOf(clause).compareTo(String.valueOf(o.clause));
        if (c == 0) c = String.valueOf(question).compareTo(String.valueOf(o.question));
        if (c == 0) c = dependsOn.toString().compareTo(o.dependsOn.toString());
        return c;
    }
}
