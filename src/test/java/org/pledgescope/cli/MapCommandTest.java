package org.pledgescope.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pledgescope.json.Json;
import tools.jackson.databind.JsonNode;

/** {@code map} and {@code map --lint}: every format, exit codes, and clear errors for bad options. */
class MapCommandTest {
    private static final String RULES = "src/test/resources/packs/lint";

    @Test
    void textSaysHowManyWorldsAndThatTheRegionsCoverThemAll() {
        CliRun run = CliRun.run("", "map", "--rules", RULES, "flawed");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out())
                .contains(
                        "10,080 worlds in ",
                        "regions: every world of the space is in exactly one region.",
                        "contract.signedOn: signed any day");
    }

    @Test
    void jsonAndCsvCarryTheSameRegions() {
        CliRun json = CliRun.run(
                "",
                "map",
                "--rules",
                RULES,
                "flawed",
                "--format",
                "json",
                "--as-known-on",
                "2020-05-01",
                "--use-date",
                "2020-05-01",
                "--where",
                "agency.type=police");
        JsonNode map = Json.MAPPER.readTree(json.out());
        assertThat(map.get("worlds").asLong()).isEqualTo(3L * 6 * 4 * 7);
        assertThat(map.get("exhaustive").asBoolean()).isTrue();
        CliRun csv = CliRun.run(
                "",
                "map",
                "--rules",
                RULES,
                "flawed",
                "--format",
                "csv",
                "--as-known-on",
                "2020-05-01",
                "--use-date",
                "2020-05-01",
                "--where",
                "agency.type=police");
        assertThat(csv.out().lines().count() - 1).isEqualTo(map.get("regions").size());
        assertThat(csv.out())
                .startsWith("region,verdict,worlds,openQuestions,presumed,clauses,asKnownOn,useDate,agency.type");
    }

    @Test
    void htmlAndSvgAreWrittenToAFile(@TempDir Path dir) throws Exception {
        Path html = dir.resolve("map.html");
        assertThat(CliRun.run("", "map", "--rules", RULES, "flawed", "--format", "html", "-o", html.toString())
                        .exitCode())
                .isZero();
        assertThat(Files.readString(html)).startsWith("<!DOCTYPE html>").contains("<svg");
        CliRun svg = CliRun.run("", "map", "--rules", RULES, "flawed", "--format", "svg");
        assertThat(svg.out()).startsWith("<?xml").contains("</svg>");
    }

    @Test
    void lintExitsOneWhenItFindsSomething() {
        CliRun run = CliRun.run("", "map", "--rules", RULES, "flawed", "--lint");
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).contains("lint/flawed/rules.drl:22: dead rule 'sale-and-use'", "flawed: 9 findings");
    }

    @Test
    void aPackWithoutADecisionTableIsNotMappedAndSaysWhy() {
        CliRun any = CliRun.run("", "map", "--rules", "src/test/resources/packs/reads-use-date", "dated");
        assertThat(any.exitCode()).isEqualTo(1);
        assertThat(any.err())
                .contains("error: the rules of dated read facts beyond what classes of values capture (rule"
                        + " 'weekend-ban' compares contract.signedOn with useDate (a fact with another fact))");
    }

    @Test
    void badOptionsAreClearErrorsWithoutAStackTrace() {
        CliRun format = CliRun.run("", "map", "--rules", RULES, "flawed", "--format", "pdf");
        assertThat(format.exitCode()).isEqualTo(1);
        assertThat(format.err()).contains("--format: 'pdf' is not one of [text, csv, json, html, svg]");
        CliRun date = CliRun.run("", "map", "--rules", RULES, "flawed", "--use-date", "2020-13-01");
        assertThat(date.err()).contains("--use-date: '2020-13-01' is not an ISO date (YYYY-MM-DD)");
        CliRun where = CliRun.run("", "map", "--rules", RULES, "flawed", "--where", "activity=BUY");
        assertThat(where.exitCode()).isEqualTo(1);
        assertThat(where.err()).contains("--where: activity: 'BUY' is not one of [SALE, RENEWAL");
        CliRun pack = CliRun.run("", "map", "--rules", RULES, "acme");
        assertThat(pack.exitCode()).isEqualTo(2);
        assertThat(pack.err()).contains("no pack named 'acme' in " + RULES + "; the packs: [flawed]");
        CliRun unwritable = CliRun.run("", "map", "--rules", RULES, "flawed", "-o", "/nonexistent/dir/map.txt");
        assertThat(unwritable.exitCode()).isEqualTo(1);
        assertThat(unwritable.err()).contains("cannot write /nonexistent/dir/map.txt");
        for (CliRun r : new CliRun[] {format, date, where, pack, unwritable}) {
            assertThat(r.err()).doesNotContain("Exception", "\tat ");
        }
    }
}
