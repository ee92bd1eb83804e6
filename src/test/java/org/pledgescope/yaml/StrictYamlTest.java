package org.pledgescope.yaml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.pledgescope.TestRules;
import org.pledgescope.diagnostics.Problem;
import org.pledgescope.pack.PackLoadException;
import org.pledgescope.pack.PackLoader;
import org.pledgescope.pack.RulesLocation;
import org.pledgescope.scenario.SuiteLoadException;
import org.pledgescope.scenario.SuiteLoader;

/**
 * YAML is read strictly wherever it is read (pack.yaml, vocabulary.yaml, scenario suites): a key given twice in a
 * mapping is an error naming the key and both lines (the parser kept the last one silently), a byte that is not
 * UTF-8 is an error naming the byte and where it is (it failed with no file named), and nesting too deep to parse
 * is an error, not a stack overflow.
 */
class StrictYamlTest {
    private static final String BROKEN = "src/test/resources/packs/broken/";

    private static List<String> packProblems(String fixture) {
        PackLoadException e = catchThrowableOfType(
                PackLoadException.class,
                () -> new PackLoader().load(RulesLocation.resolve(TestRules.packs("broken/" + fixture))));
        assertThat(e).as(fixture).isNotNull();
        return e.problems().stream().map(Problem::toString).toList();
    }

    private static List<String> suiteProblems(String fixture) {
        SuiteLoadException e = catchThrowableOfType(
                SuiteLoadException.class,
                () -> new SuiteLoader(Clock.systemUTC())
                        .load(List.of(Path.of("src/test/resources/scenarios", fixture)), TestRules.shipped()));
        assertThat(e).as(fixture).isNotNull();
        return e.problems().stream().map(Problem::toString).toList();
    }

    @Test
    void aKeyGivenTwiceInAPackIsAnErrorAtItsSecondLine() {
        String file = BROKEN + "duplicate-key/minimal/pack.yaml";
        assertThat(packProblems("duplicate-key"))
                .containsExactly(
                        file + ":9: duplicate key 'until' (first at line 9): a key may appear once in a mapping",
                        file + ":19: duplicate key 'title' (first at line 1): a key may appear once in a mapping");
    }

    @Test
    void aFactDeclaredTwiceInTheVocabularyIsAnError() {
        assertThat(packProblems("duplicate-key-vocabulary"))
                .containsExactly(BROKEN + "duplicate-key-vocabulary/vocabulary.yaml:35: duplicate key 'agency.type'"
                        + " (first at line 14): a key may appear once in a mapping");
    }

    @Test
    void aKeyGivenTwiceInAScenarioQueryIsAnError() {
        assertThat(suiteProblems("duplicate-key"))
                .containsExactly("src/test/resources/scenarios/duplicate-key/suite.yaml:12: duplicate key 'agency'"
                        + " (first at line 7): a key may appear once in a mapping");
    }

    @Test
    void aPackThatIsNotUtf8IsRefusedNamingTheByteAndWhereItIs() {
        assertThat(packProblems("invalid-utf8"))
                .containsExactly(BROKEN + "invalid-utf8/minimal/pack.yaml:11: not valid UTF-8: byte 0xFF at byte"
                        + " offset 285 (line 11, column 47) never occurs in UTF-8; save the file as UTF-8");
    }

    @Test
    void aSuiteThatIsNotUtf8IsRefusedNamingTheByteAndWhereItIs() {
        assertThat(suiteProblems("invalid-utf8"))
                .containsExactly("src/test/resources/scenarios/invalid-utf8/suite.yaml:5: not valid UTF-8: byte 0xC3"
                        + " at byte offset 164 (line 5, column 19) starts a character whose next bytes do not follow"
                        + " in UTF-8; save the file as UTF-8");
    }

    @Test
    void nestingTooDeepIsAnErrorNotAStackOverflow() {
        assertThat(packProblems("deep-yaml"))
                .containsExactly(BROKEN + "deep-yaml/minimal/pack.yaml:20: mappings and lists nest more than 64"
                        + " levels deep here; refused");
    }
}
