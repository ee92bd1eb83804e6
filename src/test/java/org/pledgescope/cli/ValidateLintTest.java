package org.pledgescope.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

/**
 * {@code pledgescope validate} also prints the scope map's lint findings per pack: warnings (exit 0) unless
 * {@code --strict} (exit 1 on any finding); a pack that does not load still exits 2.
 */
class ValidateLintTest {
    private static final String FLAWED = "src/test/resources/packs/lint";
    private static final String CLEAN = "src/test/resources/packs/lint-clean";

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return Cli.run(new PrintWriter(out), new PrintWriter(err), args);
    }

    @Test
    void printsEveryKindOfFindingUnderItsPackAsWarnings() {
        assertThat(run("validate", "--rules", FLAWED)).isZero();
        String text = out.toString();
        assertThat(text)
                .contains(
                        "flawed: Flawed pledge (lint fixture) (Example Corp)",
                        "  lint: 9 findings",
                        "    " + FLAWED
                                + "/flawed/rules.drl:22: dead rule 'sale-and-use': fires in no world of the space",
                        "    flawed: silence ",
                        "    flawed: conflict ",
                        "PROHIBITS by [police-ban] and EXEMPTS by [missing-persons-exception]",
                        "    flawed: idle reading 'f-federal' [police-only, local-only]",
                        "    flawed: never decisive 'f-research'",
                        "    flawed: never raised 'f-unused'",
                        "lint: 9 findings in 1 pack (warnings; --strict makes them fail)");
        // The findings come after the pack's listing, under it.
        assertThat(text.indexOf("  lint: 9 findings")).isGreaterThan(text.indexOf("  facts it declares:"));
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void strictExitsOneWhenAnyPackHasAFinding() {
        assertThat(run("validate", "--strict", "--rules", FLAWED)).isEqualTo(1);
        assertThat(out.toString()).contains("lint: 9 findings in 1 pack (--strict: exit 1)");
    }

    @Test
    void aPackWithNothingToFindSaysSoAndStrictStaysZero() {
        assertThat(run("validate", "--strict", "--rules", CLEAN)).isZero();
        assertThat(out.toString())
                .contains(
                        "clean: Clean pledge (lint fixture) (Example Corp)",
                        "  lint: no findings",
                        "\nlint: no findings");
    }

    @Test
    void aPackTheMapCannotCoverIsNotLintedAndThatIsNoFinding() {
        assertThat(run("validate", "--strict", "--rules", "src/test/resources/packs/reads-use-date"))
                .isZero();
        assertThat(out.toString())
                .contains(
                        "  lint: its rules read facts beyond what classes of values capture (rule 'weekend-ban'"
                                + " compares contract.signedOn with useDate (a fact with another fact)), so its space"
                                + " has no finite map; not linted",
                        "\nlint: no findings");
    }

    @Test
    void noLintListsThePacksWithoutFindings() {
        assertThat(run("validate", "--no-lint", "--strict", "--rules", FLAWED)).isZero();
        assertThat(out.toString())
                .contains("flawed: Flawed pledge (lint fixture) (Example Corp)", "\nlint: skipped (--no-lint)")
                .doesNotContain("dead rule", "  lint:");
    }

    @Test
    void aBrokenPackStillExitsTwoEvenWithStrictAndLintsNothing() {
        assertThat(run("validate", "--strict", "--rules", "src/test/resources/packs/tables/broken/cells"))
                .isEqualTo(2);
        assertThat(err.toString()).contains("rules.csv!B3: 'POLICE' is not a value of agency.type");
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void helpNamesTheLintAndTheExitRule() {
        assertThat(run("validate", "--help")).isZero();
        assertThat(out.toString().replaceAll("\\s+", " "))
                .contains(
                        "--strict",
                        "lint findings",
                        "0 every pack loads (lint findings are warnings); 1 with --strict, when any pack has a lint finding; "
                                + "2 with every problem");
    }
}
