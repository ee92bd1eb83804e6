package org.pledgescope.pack;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.pledgescope.TestRules;

/** A valid pack.yaml becomes a Pack with global clause ids, terms, readings and settlements. */
class PackParserTest {
    private final Pack pack = new PackLoader()
            .load(RulesLocation.resolve(TestRules.packs("semantics")))
            .packs()
            .get(0);

    @Test
    void statementsCarryDatesTermsAndGloballyNamedClauses() {
        assertThat(pack.id()).isEqualTo("test-pledge");
        assertThat(pack.clauses()).containsKeys("t-2020-01-01#ban", "t-2020-01-01#exception", "t-2020-10-01#extension");
        Statement first = pack.statement("t-2020-01-01").orElseThrow();
        assertThat(first.term())
                .isEqualTo(new Term(
                        LocalDate.parse("2020-01-01"), LocalDate.parse("2020-12-31"), false, "t-2020-01-01#ban"));
        assertThat(pack.statement("t-2020-10-01").orElseThrow().term().untilFurtherNotice())
                .isTrue();
        assertThat(pack.firstPublished()).isEqualTo(LocalDate.parse("2020-01-01"));
    }

    @Test
    void theTermInForceIsSetByTheLatestKnownStatementThatSetsOne() {
        assertThat(pack.termSetterOn(LocalDate.parse("2020-09-30"))
                        .orElseThrow()
                        .id())
                .isEqualTo("t-2020-01-01");
        assertThat(pack.termSetterOn(LocalDate.parse("2021-07-01"))
                        .orElseThrow()
                        .id())
                .isEqualTo("t-2020-10-01");
        assertThat(pack.knownOn(LocalDate.parse("2019-01-01"))).isEmpty();
    }

    @Test
    void openQuestionsKeepTheirReadingsAndSettlement() {
        OpenQuestion federal = pack.question("t-federal").orElseThrow();
        assertThat(federal.readings())
                .extracting(Reading::id, Reading::effect)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("any", Effect.PROHIBITS),
                        org.assertj.core.groups.Tuple.tuple("police-only", Effect.NONE));
        assertThat(federal.settledBy().statement()).isEqualTo("t-2021-06-01");
        assertThat(federal.settledBy().on()).isEqualTo(LocalDate.parse("2021-06-01"));
    }
}
