package org.pledgescope.engine.tables;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A CSV row with a comma missing or one too many shifts every cell after it: it is said once, at the row, with how many
 * cells it has against the header, instead of one misleading problem per shifted cell.
 */
class RowCellCountTest {

    @Test
    void aRowMissingACommaIsOneProblemSayingHowManyCellsItHas() {
        assertThat(MisnamedColumnTest.problems("row-short"))
                .containsExactly(
                        "src/test/resources/packs/teaching/row-short/body-cams/rules.csv!A6: row 6 has 10 cells,"
                                + " the header 11: a comma is missing (a cell holding a comma needs double quotes: \"SALE,"
                                + " RENEWAL\"); the row is read once its cells line up with the header");
    }

    @Test
    void aRowWithACommaTooManyIsOneProblemToo() {
        assertThat(MisnamedColumnTest.problems("row-long"))
                .containsExactly(
                        "src/test/resources/packs/teaching/row-long/body-cams/rules.csv!A4: row 4 has 12 cells,"
                                + " the header 11: a comma too many (a cell holding a comma needs double quotes: \"SALE,"
                                + " RENEWAL\"); the row is read once its cells line up with the header");
    }
}
