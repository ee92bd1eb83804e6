package org.pledgescope.pack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.pledgescope.TestRules;
import org.pledgescope.diagnostics.Problem;

/** A broken pack.yaml is reported as file:line: message, every problem at once. */
class PackYamlErrorsTest {

    private static List<String> problems(String fixture) {
        var location = RulesLocation.resolve(TestRules.packs("broken/" + fixture));
        return catchProblems(() -> new PackLoader().load(location));
    }

    static List<String> catchProblems(Runnable r) {
        try {
            r.run();
        } catch (PackLoadException e) {
            return e.problems().stream().map(Problem::toString).toList();
        }
        throw new AssertionError("expected a PackLoadException");
    }

    @Test
    void invalidYamlNamesTheLine() {
        assertThat(problems("bad-yaml"))
                .singleElement()
                .asString()
                .startsWith(
                        "src/test/resources/packs/broken/bad-yaml/minimal/pack.yaml:10: invalid YAML at column 12:");
    }

    @Test
    void aMistypedKeyIsAnErrorNotIgnoredAndTheKeyItWasMeantToBeIsNotAlsoMissing() {
        assertThat(problems("typo-key"))
                .containsExactly(
                        "src/test/resources/packs/broken/typo-key/minimal/pack.yaml:7: unknown key 'publsher' in a statement"
                                + " (did you mean 'publisher'?); allowed: [appliesFrom, clauses, id, kind, published,"
                                + " publisher, term, title, url]");
    }

    @Test
    void aPresumedReadingMustBeOneOfTheQuestionsReadingsNamedAtItsLine() {
        String file = "src/test/resources/packs/broken/presumed-unknown-reading/minimal/pack.yaml";
        assertThat(problems("presumed-unknown-reading"))
                .containsExactly(
                        file + ":20: presumed names reading 'still-hold', which this question does not declare (did you"
                                + " mean 'still-holds'?); its readings: [still-holds, ended]",
                        file + ":27: 'presumed' in an open question must be a text, not a list");
    }

    @Test
    void everyLaterStatementSaysWhetherItClarifiesOrAmendsAndFromWhen() {
        String file = "src/test/resources/packs/broken/statement-kind/minimal/pack.yaml";
        assertThat(problems("statement-kind"))
                .contains(
                        file
                                + ":9: the first statement ('m-2020-01-01') is the pledge itself: it takes no 'kind' (only later"
                                + " statements clarify or amend it)",
                        file
                                + ":13: statement 'm-2020-03-01' is later than the pledge's first: say whether it clarifies what the"
                                + " pledge meant from the start or amends it from its own date (kind: clarification or kind:"
                                + " amendment)",
                        file + ":24: 'appliesFrom' is for an amendment (kind: amendment) only",
                        file
                                + ":32: an amendment applies from its own date or later: appliesFrom (2020-02-01) is before it was"
                                + " published (2020-06-01)",
                        file + ":40: 'kind' in a statement: 'restatement' is not one of [clarification, amendment]",
                        file
                                + ":44: unknown key 'reson' in a notEncoded entry (did you mean 'reason'?); allowed: [reason,"
                                + " record]",
                        file + ":26: clause 'm-2020-04-01#meant': 'appliesFrom' is for a clause of an amendment (kind:"
                                + " amendment) only",
                        file + ":35: clause 'm-2020-06-01#earlier' applies from 2020-01-15, before its amendment does"
                                + " (2020-02-01)");
        assertThat(problems("statement-kind")).noneMatch(p -> p.contains("'m-2020-07-01' is later"));
    }

    @Test
    void aMissingRulesDirectoryIsAnError() {
        assertThatThrownBy(() -> RulesLocation.resolve(Path.of("no/such/dir")))
                .isInstanceOf(PackLoadException.class)
                .hasMessageContaining("no/such/dir: rules directory does not exist");
    }
}
