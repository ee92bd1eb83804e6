package org.pledgescope.engine.tables;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A table saved with ';' between its cells (what a spreadsheet set to many European languages writes as "CSV") is
 * recognised and refused once, saying how to save it, not read as one column named by the whole header line.
 */
class OtherSeparatorTest {

    @Test
    void aSemicolonSeparatedFileIsNamedAsSuchOnce() {
        assertThat(MisnamedColumnTest.problems("semicolons"))
                .containsExactly("src/test/resources/packs/teaching/semicolons/body-cams/rules.csv: its cells are"
                        + " separated by semicolons (;), not commas: save it as CSV with commas between cells (LibreOffice:"
                        + " Save As, Text CSV, field delimiter ','; Excel: Save As, CSV UTF-8 (comma delimited)), or keep"
                        + " it as decisions.xlsx");
    }
}
