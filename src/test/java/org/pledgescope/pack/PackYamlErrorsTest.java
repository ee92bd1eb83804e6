package org.pledgescope.pack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
        assertThat(problems("bad-yaml")).singleElement().asString()
                .startsWith("src/test/resources/packs/broken/bad-yaml/minimal/pack.yaml:10: invalid YAML:");
    }

    @Test
    void aMistypedKeyIsAnErrorNotIgnored() {
        assertThat(problems("typo-key")).contains(
                "src/test/resources/packs/broken/typo-key/minimal/pack.yaml:7: unknown key 'publsher' in a statement;"
                        + " allowed: [clauses, id, published, publisher, term, title, url]",
                "src/test/resources/packs/broken/typo-key/minimal/pack.yaml:5: missing 'publisher' in a statement");
    }

    @Test
    void aMissingRulesDirectoryIsAnError() {
        assertThatThrownBy(() -> RulesLocation.resolve(java.nio.file.Path.of("no/such/dir")))
                .isInstanceOf(PackLoadException.class).hasMessageContaining("no/such/dir: rules directory does not exist");
    }
}
