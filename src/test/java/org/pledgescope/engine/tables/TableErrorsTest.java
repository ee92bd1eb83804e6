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
 * A broken decision table is refused with every problem at once, each at its cell ({@code file.csv!C7},
 * {@code file.xlsx!Sheet:C7}), in words about the table, and nothing of it is loaded.
 */
class TableErrorsTest {

    private static List<String> problems(String fixture) {
        PackLoadException e = catchThrowableOfType(
                PackLoadException.class,
                () -> new RuleSetLoader(TestRules.CLOCK).load(TestRules.packs("tables/broken/" + fixture)));
        assertThat(e).as("the load is refused").isNotNull();
        return e.problems().stream().map(Problem::toString).toList();
    }

    @Test
    void everyProblemOfACsvTableAtItsCell() {
        String at = "src/test/resources/packs/tables/broken/cells/police-pledge/rules.csv!";
        assertThat(problems("cells"))
                .containsExactlyInAnyOrder(
                        at
                                + "B3: 'POLICE' is not a value of agency.type (did you mean the value set 'police'?); values: "
                                + "[MUNICIPAL_POLICE, SHERIFF, STATE_POLICE, FEDERAL_LAW_ENFORCEMENT, IMMIGRATION_ENFORCEMENT, "
                                + "BORDER_PROTECTION, OTHER_GOVERNMENT, NONPROFIT, COMMERCIAL, RESEARCH]",
                        at + "F4: OPEN raises an open question: fill in 'question' with its id from pack.yaml",
                        at
                                + "C5: a date in a table: dates belong in pack.yaml; write a position relative to the pack's "
                                + "statements: 'before announced', 'on or after announced' or 'none'",
                        at
                                + "H6: rule 'wrong-clause' cites clause 't-2020-01-01#no-such-clause', which pack.yaml does not "
                                + "declare; declared: [t-2020-01-01#no-police-sales, t-2020-01-01#research-exempt, "
                                + "t-2020-06-01#federal-excluded]",
                        at
                                + "D7: 't-2099-01-01' is not a statement of this pack; statements: [t-2020-01-01, t-2020-06-01]",
                        at
                                + "F8: 'FORBIDS' is not an effect: write in scope ASPECT, PROHIBITS, EXEMPTS, OPEN or LIMITS",
                        at
                                + "E9: 'COUNTRY' is not an aspect a scope can be on; aspects: [AGENCY, CAPABILITY, PLACE, PURPOSE, "
                                + "OFFERING]",
                        at + "A10: rule name 'police-sales' is already used at A3; every row needs a name of its own");
    }

    @Test
    void aWorkbookCellIsNamedWithItsSheet() {
        assertThat(problems("xlsx"))
                .singleElement()
                .asString()
                .startsWith(
                        "src/test/resources/packs/tables/broken/xlsx/police-pledge/decisions.xlsx!Rules:C7: 'POLICE' is not a "
                                + "value of agency.type (did you mean the value set 'police'?)");
    }

    @Test
    void aHeaderRowThatIsNotTheFormatIsNamedColumnByColumn() {
        String at = "src/test/resources/packs/tables/broken/header/police-pledge/rules.csv!";
        assertThat(problems("header"))
                .containsExactlyInAnyOrder(
                        at + "A1: the first column must be 'rule' (the rule's name), not 'name'",
                        at
                                + "B1: 'Agency Type' is not a column a table can have (did you mean 'agency.type'?): a column is "
                                + "a fact of the vocabulary or of this pack [activity, agency.country, agency.type, capability, "
                                + "contract.signedOn, purpose] or one of [rule, known, not known, scopes, effect, question, "
                                + "clause, note]",
                        at
                                + "E1: the table has no 'effect' column (in scope ASPECT, PROHIBITS, EXEMPTS, OPEN or LIMITS)");
    }

    @Test
    void aFileThatIsNotAWorkbookSaysSo() {
        assertThat(problems("unreadable"))
                .containsExactly(
                        "src/test/resources/packs/tables/broken/unreadable/police-pledge/rules.xlsx: not an XLSX workbook "
                                + "Excel or LibreOffice can open (NotOfficeXmlFileException)");
    }
}
