package org.pledgescope.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pledgescope.TestRules;

/**
 * A pack's compiled form leaves a cache as named files (every artifact of its entry) and comes back into another
 * process's compiler from those files alone: loaded, not compiled, and nothing written to any disk.
 */
class CompiledFormExportTest {
    @TempDir
    Path disk;

    private static List<Path> files(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return List.of();
        }
        try (Stream<Path> list = Files.list(dir)) {
            return list.toList();
        }
    }

    @Test
    void anExportingCacheHoldsWhatItCompiledAndWhatItReadFromDisk() throws IOException {
        CompiledRulesCache compiling = CompiledRulesCache.exporting(CompiledRulesCache.at(disk));
        CompiledPack fresh = EngineFixtures.compile(TestRules.packs("valid"), compiling);
        Map<String, byte[]> compiled = compiling.exported();

        assertThat(fresh.fromCache()).isFalse();
        assertThat(compiled.keySet()).singleElement().asString().matches("minimal-[0-9a-f]{32}\\.jar");
        assertThat(compiled.keySet())
                .allMatch(name -> CompiledRulesCache.ARTIFACTS.stream().anyMatch(name::endsWith));

        CompiledRulesCache reading = CompiledRulesCache.exporting(CompiledRulesCache.at(disk));
        CompiledPack stored = EngineFixtures.compile(TestRules.packs("valid"), reading);
        assertThat(stored.fromCache()).isTrue();
        assertThat(reading.exported()).containsOnlyKeys(compiled.keySet());
        assertThat(reading.exported().values().iterator().next())
                .isEqualTo(compiled.values().iterator().next());
    }

    @Test
    void aCacheHoldingExportedFilesLoadsThePackFromThemAndTouchesNoDisk() throws IOException {
        CompiledRulesCache compiling = CompiledRulesCache.exporting(CompiledRulesCache.at(disk.resolve("builder")));
        CompiledPack built = EngineFixtures.compile(TestRules.packs("valid"), compiling);

        CompiledRulesCache holding = CompiledRulesCache.holding(compiling.exported());
        CompiledPack loaded = EngineFixtures.compile(TestRules.packs("valid"), holding);

        assertThat(loaded.fromCache()).isTrue();
        assertThat(loaded.rules()).isEqualTo(built.rules());
        assertThat(files(disk)).containsExactly(disk.resolve("builder"));
    }

    @Test
    void withoutItsFilesAHoldingCacheCompilesThePackInMemory() {
        CompiledRulesCache empty = CompiledRulesCache.holding(Map.of());
        CompiledPack compiled = EngineFixtures.compile(TestRules.packs("valid"), empty);

        assertThat(compiled.fromCache()).isFalse();
        assertThat(empty.exported()).hasSize(1);
    }
}
