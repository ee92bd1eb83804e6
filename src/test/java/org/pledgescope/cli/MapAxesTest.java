package org.pledgescope.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** {@code map --rows FACT --cols FACT}: the heatmap's axes, a pack's own facts included; clear errors otherwise. */
class MapAxesTest {
    private static final String RULES = "src/test/resources/packs/desk";

    @Test
    void aPacksOwnFactOnTheRows() {
        CliRun run = CliRun.run(
                "",
                "map",
                "--rules",
                RULES,
                "body-cams",
                "--rows",
                "cam.product",
                "--cols",
                "activity",
                "--format",
                "svg");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out())
                .contains("Rows: cam.product; columns: activity (")
                .contains(">BODY_CAMERA<title>cam.product: BODY_CAMERA</title>")
                .contains(">IN_CAR_CAMERA<title>cam.product: IN_CAR_CAMERA</title>");
    }

    @Test
    void htmlTakesTheAxesToo() {
        CliRun run = CliRun.run(
                "", "map", "--rules", RULES, "--pack", "body-cams", "--cols", "cam.product", "--format", "html");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).startsWith("<!DOCTYPE html>").contains("Rows: agency.type; columns: cam.product (");
    }

    @Test
    void anUnknownFactIsAnErrorListingTheFactsAllowed() {
        CliRun run = CliRun.run("", "map", "--rules", RULES, "body-cams", "--rows", "product", "--format", "svg");
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).isEmpty();
        assertThat(run.err())
                .isEqualTo("error: --rows: 'product' is not a fact of body-cams's map (did you mean 'cam.product'?);"
                        + " facts: [agency.type, agency.country, activity, capability, purpose, contract.signedOn,"
                        + " cam.product]\n");
    }

    @Test
    void theSameFactTwiceIsAnError() {
        CliRun run = CliRun.run(
                "",
                "map",
                "--rules",
                RULES,
                "body-cams",
                "--rows",
                "activity",
                "--cols",
                "activity",
                "--format",
                "svg");
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).startsWith("error: --cols: 'activity' is already the rows: choose another fact");
    }

    @Test
    void axesNeedAHeatmapFormat() {
        CliRun text = CliRun.run("", "map", "--rules", RULES, "body-cams", "--rows", "cam.product");
        assertThat(text.exitCode()).isEqualTo(1);
        assertThat(text.err())
                .isEqualTo("error: --rows chooses the heatmap's axes: it needs --format html or svg (not text)\n");
        CliRun lint = CliRun.run("", "map", "--rules", RULES, "body-cams", "--cols", "cam.product", "--lint");
        assertThat(lint.err()).contains("(not --lint)");
    }
}
