package org.pledgescope.map;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.pledgescope.TestRules;
import org.pledgescope.evaluation.Evaluator;
import org.pledgescope.evaluation.RuleSet;

/**
 * A map answers each cell key of the decision table once (cells whose facts the table lumps together share one
 * answer) and merges regions from flat arrays: the map it makes is the one made by answering every cell on its own,
 * firing the rules ({@link Evaluator#direct()}, which gives no keys) — same regions, same order, same counts.
 */
class CellKeysMapTest {
    @ParameterizedTest
    @ValueSource(
            strings = {
                "amazon-rekognition-moratorium",
                "ibm-facial-recognition-exit",
                "google-cloud-face-apis",
                "microsoft-police-sales",
                "axon-body-camera-face-matching"
            })
    void aMapFromCellKeysIsTheMapOfEveryCellAnsweredOnItsOwn(String pack) {
        RuleSet rules = TestRules.shipped();
        // One day known, every use day: thousands of cells, few enough to fire each.
        ScopeMap.Request request = new ScopeMap.Request(LocalDate.of(2024, 6, 1), null, null);
        ScopeMap fromKeys = ScopeMap.build(rules, pack, request, new Evaluator());
        ScopeMap everyCell = ScopeMap.build(rules, pack, request, Evaluator.direct());
        assertThat(fromKeys.grid().cells())
                .isGreaterThan(fromKeys.grid().answers().size());
        assertThat(fromKeys.regions()).isEqualTo(everyCell.regions());
        assertThat(fromKeys.verdicts()).isEqualTo(everyCell.verdicts());
        assertThat(fromKeys.worlds()).isEqualTo(everyCell.worlds());
    }
}
