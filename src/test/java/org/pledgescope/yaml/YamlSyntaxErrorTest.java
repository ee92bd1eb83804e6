package org.pledgescope.yaml;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.pledgescope.diagnostics.Problem;
import org.pledgescope.diagnostics.Problems;

/**
 * A YAML syntax error keeps the line and column of the mistake and says what to do about it (the usual four:
 * indentation, a missing colon, a tab, an unquoted colon), with the parser's own words last. Fixtures: the pack.yaml
 * of packs/teaching/yaml-*, each the valid fixture with one mistake on line 16 or 17.
 */
class YamlSyntaxErrorTest {

    private static String problem(String fixture) throws IOException {
        Path file = Path.of("src/test/resources/packs/teaching", fixture, "body-cams/pack.yaml");
        Problems problems = new Problems();
        assertThat(YamlNode.parse("pack.yaml", Files.readString(file), problems))
                .isNull();
        List<Problem> found = problems.sorted();
        assertThat(found).hasSize(1);
        return found.get(0).toString();
    }

    @Test
    void aKeyIndentedTooFarSaysWhichKeyToLineItUpWith() throws IOException {
        assertThat(problem("yaml-indentation"))
                .isEqualTo("pack.yaml:17: invalid YAML at column 16: indentation: this key is indented further than the"
                        + " key above it (line 16, column 5), which holds a value: line it up with that key (spaces only);"
                        + " if this line continues a text, put the text in quotes (the YAML parser: mapping values are not"
                        + " allowed here)");
    }

    @Test
    void aMissingColonIsReportedOnTheLineOfTheKeyNotTheLineAfter() throws IOException {
        assertThat(problem("yaml-missing-colon"))
                .isEqualTo(
                        "pack.yaml:17: invalid YAML at column 5: a missing colon: a key is followed by ':' and a space"
                                + " ('publisher: …') (the YAML parser: could not find expected ':')");
    }

    @Test
    void aTabSaysToUseSpaces() throws IOException {
        assertThat(problem("yaml-tab"))
                .startsWith(
                        "pack.yaml:17: invalid YAML at column 1: a tab: YAML allows spaces only, for indentation and"
                                + " after a key's colon; replace the tab with spaces (the YAML parser: found character");
    }

    @Test
    void aColonInsideAnUnquotedTextShowsTheTextQuoted() throws IOException {
        assertThat(problem("yaml-unquoted-colon"))
                .isEqualTo("pack.yaml:16: invalid YAML at column 24: a colon and a space inside a text: put the text in"
                        + " quotes, e.g. title: \"Example Corp: an announcement\" (the YAML parser: mapping values are not"
                        + " allowed here)");
    }
}
