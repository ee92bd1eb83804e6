package org.pledgescope.map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.pledgescope.TestRules;
import org.pledgescope.evaluation.Evaluator;
import org.pledgescope.evaluation.QuerySpace;
import org.pledgescope.evaluation.RuleSet;
import org.pledgescope.query.Query;
import org.pledgescope.verdict.PledgeResult;
import org.pledgescope.verdict.Reason;

/** The map is exhaustive, its regions partition the space, and every region says what the evaluator says there. */
class ScopeMapTest {
    static final String PACK = "flawed";

    static RuleSet rules() {
        return TestRules.load(TestRules.packs("lint"));
    }

    @Test
    void theMapCoversEveryWorldOfTheSpaceExactlyOnce() {
        ScopeMap map = ScopeMap.build(rules(), PACK, ScopeMap.Request.everything());

        long product = map.axes().stream().mapToLong(a -> a.classes().size()).reduce(1, (x, y) -> x * y);
        // The fixture's rules never read the contract date: one class of it, not two.
        assertThat(map.worlds()).isEqualTo(product).isEqualTo(2L * 3 * 10 * 1 * 6 * 4 * 7 * 1);
        assertThat(map.regions().stream().mapToLong(ScopeMap.RegionView::worlds).sum())
                .isEqualTo(map.worlds());
        assertThat(map.exhaustive()).isTrue();
        Grid grid = map.grid();
        for (int w = 0; w < grid.cells(); w++) {
            int[] c = grid.coordinates(w);
            assertThat(map.boxes().stream().filter(b -> b.contains(c)).count())
                    .as("regions holding cell %d", w)
                    .isEqualTo(1);
        }
    }

    @Test
    void everyRegionAnswersAsTheRulesDoOnAnyConcreteUseInsideIt() {
        RuleSet rules = rules();
        ScopeMap map = ScopeMap.build(rules, PACK, ScopeMap.Request.everything());
        Evaluator direct = Evaluator.direct();
        Random random = new Random(11);
        Grid grid = map.grid();
        for (int i = 0; i < map.boxes().size(); i++) {
            Regions.Box box = map.boxes().get(i);
            ScopeMap.RegionView region = map.regions().get(i);
            for (int sample = 0; sample < 5; sample++) {
                Map<String, Object> facts = new LinkedHashMap<>();
                LocalDate[] dates = new LocalDate[2];
                for (int a = 0; a < grid.axes().size(); a++) {
                    QuerySpace.Axis axis = grid.axes().get(a);
                    List<Integer> in = new ArrayList<>();
                    for (int k = 0; k < axis.size(); k++) {
                        int g = grid.groupOf(a, k);
                        if (g >= 0 && (box.masks()[a] & (1L << g)) != 0) {
                            in.add(k);
                        }
                    }
                    Object value = concrete(axis, in.get(random.nextInt(in.size())), random);
                    if (a < 2) {
                        dates[a] = (LocalDate) value;
                    } else {
                        facts.put(axis.field(), value);
                    }
                }
                PledgeResult r = direct.evaluate(rules, new Query(PACK, dates[1], dates[0], facts, Map.of()))
                        .results()
                        .get(0);
                assertThat(r.verdict())
                        .as("region %d at %s %s %s", region.id(), dates[0], dates[1], facts)
                        .isEqualTo(region.verdict());
                assertThat(r.reasons().stream()
                                .map(Reason::clause)
                                .filter(Objects::nonNull)
                                .distinct()
                                .sorted()
                                .toList())
                        .isEqualTo(region.clauses());
            }
        }
    }

    /** A value of class {@code k} that is not its representative where the class has others: a random day, a country. */
    static Object concrete(QuerySpace.Axis axis, int k, Random random) {
        switch (axis.kind()) {
            case COUNTRY -> {
                return k < axis.values().size()
                        ? axis.values().get(k)
                        : List.of("FR", "JP", "BR").get(random.nextInt(3));
            }
            case DATE -> {
                if (axis.boundaries().isEmpty()) {
                    return LocalDate.of(2015, 1, 1).plusDays(random.nextInt(4000));
                }
                LocalDate start = k == 0
                        ? axis.boundaries().get(0).day().minusDays(3000)
                        : axis.boundaries().get(k - 1).day();
                LocalDate end = k < axis.boundaries().size()
                        ? axis.boundaries().get(k).day().minusDays(1)
                        : start.plusDays(3000);
                return start.plusDays(random.nextInt((int) (end.toEpochDay() - start.toEpochDay()) + 1));
            }
            default -> {
                return axis.classes().get(k).value();
            }
        }
    }

    @Test
    void datesAppearAsClassesNamingTheStatementThatDrawsThem() {
        ScopeMap map = ScopeMap.build(rules(), PACK, ScopeMap.Request.everything());

        // No rule of the fixture reads the contract date: every day is one class.
        assertThat(map.axes().get(map.axes().size() - 1).classes()).containsExactly("signed any day");
        assertThat(map.axes().get(0).classes())
                .containsExactly(
                        "known before 2020-01-01 (f-2020-01-01)", "known on or after 2020-01-01 (f-2020-01-01)");
        assertThat(map.axes().get(1).classes())
                .containsExactly(
                        "used before 2020-01-01 (f-2020-01-01)",
                        "used 2020-01-01 (f-2020-01-01) to 2020-12-31",
                        "used on or after 2021-01-01 (term of f-2020-01-01 over)");
    }

    @Test
    void whereAndTheDatesNarrowTheMapToTheirClasses() {
        ScopeMap map = ScopeMap.build(
                rules(),
                PACK,
                new ScopeMap.Request(
                        LocalDate.parse("2020-03-01"),
                        LocalDate.parse("2020-03-02"),
                        Map.of("agency.type", List.of("police"), "agency.country", List.of("FR"))));

        assertThat(map.worlds()).isEqualTo(3L * 1 * 6 * 4 * 7 * 1);
        // The pack names no country, so every country is one class.
        assertThat(map.fixed()).containsEntry("asKnownOn", "2020-03-01").containsEntry("agency.type", "police");
        assertThat(map.axes().get(3).classes()).containsExactly("any country");
        assertThat(map.regions().stream().mapToLong(ScopeMap.RegionView::worlds).sum())
                .isEqualTo(map.worlds());
    }

    @Test
    void aBadWhereNamesTheFactAndTheAllowedValues() {
        RuleSet rules = rules();
        assertThatThrownBy(() -> ScopeMap.build(
                        rules, PACK, new ScopeMap.Request(null, null, Map.of("agency.type", List.of("COP")))))
                .isInstanceOf(MapException.class)
                .hasMessageContaining("agency.type: 'COP' is not one of [MUNICIPAL_POLICE");
        assertThatThrownBy(() -> ScopeMap.build(
                        rules, PACK, new ScopeMap.Request(null, null, Map.of("agency.colour", List.of("RED")))))
                .isInstanceOf(MapException.class)
                .hasMessageContaining("'agency.colour' is not a fact flawed reads; facts: [agency.type");
        assertThatThrownBy(() -> ScopeMap.build(rules, "nope", ScopeMap.Request.everything()))
                .isInstanceOf(MapException.class)
                .hasMessageContaining("no pledge 'nope'; loaded: [flawed]");
    }
}
