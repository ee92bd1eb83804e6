package org.pledgescope.engine.tables;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.pledgescope.TestRules;
import org.pledgescope.evaluation.LoadedPack;
import org.pledgescope.evaluation.RuleSet;
import org.pledgescope.pack.RuleInfo;

/**
 * One pledge's rules written three ways — a CSV table, the same table as an XLSX workbook, and a CSV table of
 * classification rules beside DRL decision rules — load alike and answer every query alike.
 */
class TableFormatsTest {
    private static final String PACK = "police-pledge";

    private static RuleSet load(String fixture) {
        return TestRules.load(TestRules.packs("tables/" + fixture));
    }

    @Test
    void csvXlsxAndATableBesideDrlAnswerEveryQueryAlike() {
        RuleSet csv = load("csv");
        assertThat(RandomQueries.differences(csv, load("xlsx"), PACK, 3_000, 7)).isEmpty();
        assertThat(RandomQueries.differences(csv, load("mixed"), PACK, 3_000, 8))
                .isEmpty();
    }

    @Test
    void eachRowIsARuleCitedAtItsCell() {
        LoadedPack csv = load("csv").pack(PACK).orElseThrow();
        assertThat(csv.rules()).hasSize(9);
        RuleInfo newSales = csv.rules().stream()
                .filter(r -> r.name().equals("new-sales"))
                .findFirst()
                .orElseThrow();
        assertThat(newSales.file()).endsWith("tables/csv/police-pledge/rules.csv!A8");
        assertThat(newSales.clause()).isEqualTo("t-2020-01-01#no-police-sales");
        RuleInfo xlsx = load("xlsx").pack(PACK).orElseThrow().rules().stream()
                .filter(r -> r.name().equals("existing-contracts"))
                .findFirst()
                .orElseThrow();
        assertThat(xlsx.file()).endsWith("tables/xlsx/police-pledge/rules.xlsx!Rules:A10");
        assertThat(xlsx.question()).isEqualTo("t-existing");
    }

    @Test
    void aTableAndDrlMixInOnePack() {
        LoadedPack mixed = load("mixed").pack(PACK).orElseThrow();
        assertThat(mixed.rules())
                .extracting(RuleInfo::file)
                .anyMatch(f -> f.endsWith("classification.csv!A3"))
                .anyMatch(f -> f.endsWith("decisions.drl"));
    }
}
