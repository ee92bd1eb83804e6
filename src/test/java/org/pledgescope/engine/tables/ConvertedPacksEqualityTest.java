package org.pledgescope.engine.tables;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pledgescope.TestRules;
import org.pledgescope.evaluation.Evaluator;
import org.pledgescope.evaluation.RuleSet;
import org.pledgescope.scenario.Scenario;
import org.pledgescope.scenario.Suite;
import org.pledgescope.scenario.SuiteLoader;

/**
 * The IBM and Microsoft packs, now decision tables, decide exactly as their DRL versions did (kept in
 * src/test/resources/packs/drl-versions): on every shipped scenario, and on random queries over all their facts,
 * with facts left unknown and open questions assumed. {@code -Dpledgescope.differential=N} sets the number of random
 * queries per pack (default 1,000 in mvn verify; bench/tables-differential.sh runs 100,000).
 */
class ConvertedPacksEqualityTest {
    static final List<String> CONVERTED = List.of("ibm-facial-recognition-exit", "microsoft-police-sales");
    private static final Path DRL_VERSIONS = TestRules.packs("drl-versions");

    @TempDir
    static Path tmp;

    private static RuleSet tables;
    private static RuleSet drl;

    /** rules/ as shipped, with the converted packs' tables swapped for their DRL versions. */
    static Path withDrlVersions(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(Path.of("rules"))) {
            for (Path f : files.toList()) {
                Path to = dir.resolve(Path.of("rules").relativize(f).toString());
                if (Files.isDirectory(f)) {
                    Files.createDirectories(to);
                } else if (!CONVERTED.contains(f.getParent().getFileName().toString())
                        || f.getFileName().toString().equals("pack.yaml")) {
                    Files.copy(f, to);
                }
            }
        }
        for (String pack : CONVERTED) {
            try (Stream<Path> files = Files.list(DRL_VERSIONS.resolve(pack))) {
                for (Path f : files.toList()) {
                    Files.copy(f, dir.resolve(pack).resolve(f.getFileName()));
                }
            }
        }
        return dir;
    }

    @BeforeAll
    static void load() throws IOException {
        tables = TestRules.shipped();
        drl = TestRules.load(withDrlVersions(tmp.resolve("rules")));
    }

    @Test
    void theShippedPacksAreTablesNow() {
        for (String pack : CONVERTED) {
            assertThat(tables.pack(pack).orElseThrow().rules())
                    .allMatch(r -> r.file().contains("!"));
            assertThat(drl.pack(pack).orElseThrow().rules())
                    .allMatch(r -> r.file().endsWith(".drl"));
        }
    }

    @Test
    void everyShippedScenarioIsDecidedAlike() {
        List<Suite> suites = new SuiteLoader(Clock.systemUTC()).load(List.of(Path.of("examples")), tables);
        Evaluator evaluator = RandomQueries.patientEvaluator();
        int compared = 0;
        for (Scenario s : suites.stream().flatMap(x -> x.scenarios().stream()).toList()) {
            assertThat(evaluator.evaluate(drl, s.query()).results())
                    .as(s.location() + " " + s.name())
                    .isEqualTo(evaluator.evaluate(tables, s.query()).results());
            compared++;
        }
        assertThat(compared).isGreaterThan(90);
    }

    @Test
    void randomQueriesAreDecidedAlike() {
        int count = Integer.getInteger("pledgescope.differential", 1_000);
        for (String pack : CONVERTED) {
            assertThat(RandomQueries.differences(drl, tables, pack, count, 2026))
                    .as(pack)
                    .isEmpty();
        }
    }
}
