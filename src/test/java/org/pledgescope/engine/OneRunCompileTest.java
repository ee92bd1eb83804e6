package org.pledgescope.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pledgescope.TestRules;
import org.pledgescope.diagnostics.Problems;
import org.pledgescope.pack.RuleInfo;

/**
 * A run that ends when its work is done ({@code test}) loads a pack from the cache when it is there, and otherwise
 * compiles it with the compiler for edits without storing it: the executable model is compiled and stored only by the
 * processes that keep running.
 */
class OneRunCompileTest {
    @TempDir
    Path cacheDir;

    private static CompiledPack compile(PackCompiler compiler) {
        Problems problems = new Problems();
        CompiledPack compiled = compiler.compile(EngineFixtures.minimal(), TestRules.vocabulary(), problems);
        assertThat(problems.sorted()).isEmpty();
        return compiled;
    }

    private List<Path> entries() throws IOException {
        if (!Files.isDirectory(cacheDir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(cacheDir)) {
            return files.filter(p -> p.toString().endsWith(".jar")).toList();
        }
    }

    @Test
    void aPackMissingFromTheCacheIsCompiledWithoutBeingStored() throws IOException {
        CompiledPack compiled = compile(PackCompiler.forOneRun(CompiledRulesCache.at(cacheDir)));

        assertThat(compiled.fromCache()).isFalse();
        assertThat(entries()).isEmpty();
        assertThat(compiled.rules()).extracting(RuleInfo::clause).containsExactly("m-2020-01-01#ban");
    }

    @Test
    void aPackInTheCacheIsLoadedFromIt() throws IOException {
        CompiledPack stored = compile(new PackCompiler(CompiledRulesCache.at(cacheDir)));
        assertThat(entries()).hasSize(1);

        CompiledPack loaded = compile(PackCompiler.forOneRun(CompiledRulesCache.at(cacheDir)));

        assertThat(stored.fromCache()).isFalse();
        assertThat(loaded.fromCache()).isTrue();
        assertThat(loaded.rules()).isEqualTo(stored.rules());
        assertThat(entries()).hasSize(1);
    }
}
