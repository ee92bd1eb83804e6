package org.pledgescope.engine.tables;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.pledgescope.TestRules;
import org.pledgescope.diagnostics.Problem;
import org.pledgescope.evaluation.RuleSetLoader;
import org.pledgescope.pack.PackLoadException;

/**
 * A column the header names wrongly is one problem at its header cell, with what it was probably meant to be among
 * the table's columns and the facts of the vocabulary and the pack; its cells are not reported one by one. A value
 * misspelt in a cell gets the same suggestion. Fixtures: packs/teaching/ (each folder one mistake made in the pack of
 * packs/teaching/valid).
 */
class MisnamedColumnTest {
    private static final String COLUMNS =
            "a column is a fact of the vocabulary or of this pack [activity, agency.country,"
                    + " agency.type, cam.product, capability, contract.signedOn, purpose] or one of [rule, known, not known,"
                    + " scopes, effect, question, clause, note]";

    static List<String> problems(String fixture) {
        PackLoadException e = catchThrowableOfType(
                PackLoadException.class,
                () -> new RuleSetLoader(TestRules.CLOCK).load(TestRules.packs("teaching/" + fixture)));
        assertThat(e).as("the load is refused").isNotNull();
        return e.problems().stream().map(Problem::toString).toList();
    }

    private static String at(String fixture) {
        return "src/test/resources/packs/teaching/" + fixture + "/body-cams/rules.csv!";
    }

    @Test
    void thePacksOwnFactNamedByItsLastPartIsOneProblemAtTheHeaderCell() {
        assertThat(problems("column-misnamed"))
                .containsExactly(at("column-misnamed") + "C1: 'product' is not a column a table can have (did you mean"
                        + " 'cam.product'?): " + COLUMNS);
    }

    @Test
    void aColumnOfTheTablesOwnMisspeltIsOneProblemNotOnePerCell() {
        assertThat(problems("column-notes"))
                .containsExactly(at("column-notes") + "K1: 'notes' is not a column a table can have (did you mean"
                        + " 'note'?): " + COLUMNS);
    }

    @Test
    void aMisspeltValueGetsTheValueItWasMeantToBe() {
        assertThat(problems("value-misspelt"))
                .containsExactly(
                        at("value-misspelt") + "B2: 'FACE_COMPARSION' is not a value of capability (did you mean"
                                + " 'FACE_COMPARISON'?); values: [FACE_COMPARISON, FACE_DETECTION, FACE_ANALYSIS,"
                                + " OTHER_IMAGE_ANALYSIS]");
    }

    @Test
    void theFixtureWithoutAMistakeLoads() {
        assertThat(new RuleSetLoader(TestRules.CLOCK)
                        .load(TestRules.packs("teaching/valid"))
                        .packIds())
                .containsExactly("body-cams");
    }
}
