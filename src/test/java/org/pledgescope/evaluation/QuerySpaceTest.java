package org.pledgescope.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.pledgescope.TestRules;

/** A pack's space as classes: each date by its place among the pack's dates, countries the rules name and "other". */
class QuerySpaceTest {
    private static final QuerySpace AMAZON = TestRules.shipped().space("amazon-rekognition-moratorium");

    private static QuerySpace.Axis axis(String field) {
        return AMAZON.axes().stream()
                .filter(a -> a.field().equals(field))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void aContractDateCountsOnlyByWhetherItPredatesTheFirstStatement() {
        QuerySpace.Axis signed = axis("contract.signedOn");
        assertThat(signed.classOf(LocalDate.parse("2020-06-09"))).isZero();
        assertThat(signed.classOf(LocalDate.parse("1999-01-01"))).isZero();
        assertThat(signed.classOf(LocalDate.parse("2020-06-10"))).isEqualTo(1);
        assertThat(signed.classOf(LocalDate.parse("2031-01-01"))).isEqualTo(1);
        assertThat(signed.classes().get(0).value()).isEqualTo(LocalDate.parse("2020-06-09"));
    }

    @Test
    void knownOnDaysSplitAtEachStatementAndUseDaysAtTheTermsEdgesToo() {
        assertThat(axis("asKnownOn").boundaries())
                .extracting(b -> b.day().toString())
                .containsExactly("2020-06-10", "2021-05-18", "2024-01-26");
        assertThat(axis("useDate").boundaries())
                .extracting(b -> b.day().toString())
                .containsExactly("2020-06-10", "2021-05-18", "2021-06-10", "2024-01-26");
        assertThat(axis("useDate").classes().get(3).label())
                .isEqualTo("used 2021-06-10 (term of amazon-2020-06-10 over) to 2024-01-25");
    }

    @Test
    void countriesTheRulesNameAreClassesAndEveryOtherIsOne() {
        QuerySpace.Axis country = axis("agency.country");
        assertThat(country.classes()).extracting(QuerySpace.Cls::label).containsExactly("US", "other than US");
        assertThat(country.classOf("GB")).isEqualTo(country.classOf("JP")).isEqualTo(1);
        assertThat(country.classes().get(1).value()).isEqualTo(QuerySpace.OTHER_COUNTRY);
    }

    @Test
    void twoSpacesJoinedAreSplitByTheClassesOfBoth() {
        QuerySpace flawed = TestRules.load(TestRules.packs("lint")).space("flawed");
        QuerySpace joined = AMAZON.join(flawed);
        assertThat(joined.asKnownOn().boundaries())
                .extracting(b -> b.day().toString())
                .containsExactly("2020-01-01", "2020-06-10", "2021-05-18", "2024-01-26");
        assertThat(joined.factAxes().stream()
                        .filter(a -> a.field().equals("agency.country"))
                        .findFirst()
                        .orElseThrow()
                        .values())
                .containsExactly("US");
        // Neither pack's rules split the contract date but at Amazon's first day: two classes, not three.
        assertThat(joined.factWorlds()).isEqualTo(10L * 2 * 6 * 4 * 7 * 2);
    }
}
