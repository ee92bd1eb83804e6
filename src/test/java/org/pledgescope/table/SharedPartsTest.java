package org.pledgescope.table;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.pledgescope.engine.WorldFindings;
import org.pledgescope.engine.facts.RuleFinding;

/**
 * A table keeps one copy of each finding and of each text among its outcomes, however many outcomes combine them and
 * however they were made (fired, or read back from the cache as fresh strings).
 */
class SharedPartsTest {
    private static final List<FactClasses> AXES = List.of(FactClasses.values(
            "agency.type", List.of(List.of("SHERIFF"), List.of("NONPROFIT"), List.of("OTHER")), false));

    /** A finding made of new strings each time, as reading a table back makes them. */
    private static RuleFinding finding(String rule, String clause) {
        return new RuleFinding(
                new String(rule),
                RuleFinding.Kind.PROHIBITS,
                new String(clause),
                null,
                List.of(new String("q-reading")));
    }

    @Test
    void outcomesShareEqualFindingsAndTexts() {
        PackTable t =
                new PackTable("p", AXES, (facts, useDate, known, limit) -> switch ((String) facts.get("agency.type")) {
                    case "SHERIFF" -> new WorldFindings(List.of(finding("ban", "s-1#c")), Set.of(new String("ban")));
                    case "NONPROFIT" ->
                        new WorldFindings(
                                List.of(finding("ban", "s-1#c"), finding("exempt", "s-1#d")),
                                Set.of(new String("ban"), "exempt"));
                    default -> new WorldFindings(List.of(finding("exempt", "s-1#c")), Set.of("exempt"));
                });
        assertThat(t.fill(List.of(List.of("s-1")), 1, Duration.ofSeconds(2))).isTrue();
        assertThat(t.outcomes()).isEqualTo(3);

        RuleFinding banAlone = t.findings(0).findings().get(0);
        RuleFinding banWithExempt = t.findings(1).findings().stream()
                .filter(f -> f.rule().equals("ban"))
                .findFirst()
                .orElseThrow();
        RuleFinding exemptOnC = t.findings(2).findings().get(0);
        assertThat(banWithExempt).isSameAs(banAlone);
        // Different findings, the same texts: one string each.
        assertThat(exemptOnC.clause()).isSameAs(banAlone.clause());
        assertThat(exemptOnC.dependsOn().get(0)).isSameAs(banAlone.dependsOn().get(0));
        assertThat(t.findings(1).rulesFired().stream()
                        .filter(r -> r.equals("ban"))
                        .findFirst()
                        .orElseThrow())
                .isSameAs(banAlone.rule());
    }

    @Test
    void aTableReadBackSharesItsPartsToo() {
        PackTable made = new PackTable(
                "p",
                AXES,
                (facts, useDate, known, limit) -> new WorldFindings(
                        List.of(finding("ban", "s-1#c"), finding((String) facts.get("agency.type"), "s-1#c")),
                        Set.of("ban")));
        made.fill(List.of(List.of("s-1")), 1, Duration.ofSeconds(2));

        PackTable read = PackTable.restored("p", AXES, made.outcomeList(), made.rows());

        assertThat(read.outcomes()).isEqualTo(3);
        assertThat(read.findings(1).findings().get(0))
                .isSameAs(read.findings(0).findings().get(0));
        assertThat(read.findings(2).findings().get(1).clause())
                .isSameAs(read.findings(0).findings().get(0).clause());
        assertThat(read.findings(0).findings()).isEqualTo(made.findings(0).findings());
    }
}
