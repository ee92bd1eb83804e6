package org.pledgescope.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pledgescope.TestRules;
import org.pledgescope.diagnostics.Problems;
import org.pledgescope.pack.Pack;
import org.pledgescope.pack.PackLoader;
import org.pledgescope.pack.RuleInfo;
import org.pledgescope.pack.RulesLocation;
import org.pledgescope.pack.SourceFile;

/** Compiled rules are reused from disk only for exactly the same rules, and a bad entry is rebuilt. */
class CompiledRulesCacheTest {
    @TempDir
    Path cacheDir;

    private CompiledPack compile(Pack pack) {
        Problems problems = new Problems();
        CompiledPack compiled =
                new PackCompiler(CompiledRulesCache.at(cacheDir)).compile(pack, TestRules.vocabulary(), problems);
        assertThat(problems.sorted()).isEmpty();
        return compiled;
    }

    private List<Path> entries() throws IOException {
        try (Stream<Path> files = Files.list(cacheDir)) {
            return files.filter(p -> p.toString().endsWith(".jar")).toList();
        }
    }

    @Test
    void theSecondCompileOfTheSameRulesLoadsTheStoredModuleWithTheSameRulesAndCitations() throws IOException {
        CompiledPack first = compile(EngineFixtures.minimal());
        CompiledPack second = compile(EngineFixtures.minimal());

        assertThat(first.fromCache()).isFalse();
        assertThat(second.fromCache()).isTrue();
        assertThat(entries()).hasSize(1);
        assertThat(second.rules()).isEqualTo(first.rules());
        assertThat(second.rules()).extracting(RuleInfo::clause).containsExactly("m-2020-01-01#ban");
    }

    @Test
    void changedRulesAreCompiledAfreshNotServedFromTheCache() throws IOException {
        Pack original = EngineFixtures.minimal();
        compile(original);
        SourceFile drl = original.ruleFiles().get(0);
        Pack changed = new Pack(
                original.id(),
                original.title(),
                original.vendor(),
                original.product(),
                original.facts(),
                original.statements(),
                original.questions(),
                List.of(new SourceFile(
                        drl.path(), drl.name(), drl.content().replace("rule \"ban\"", "rule \"ban-renamed\""))),
                original.manifest());

        CompiledPack recompiled = compile(changed);

        assertThat(recompiled.fromCache()).isFalse();
        assertThat(recompiled.rules()).extracting(RuleInfo::name).containsExactly("ban-renamed");
        assertThat(entries()).hasSize(2);
    }

    @Test
    void aCorruptEntryIsDiscardedAndTheRulesAreCompiledAndStoredAgain() throws IOException {
        Pack pack = EngineFixtures.minimal();
        compile(pack);
        Path entry = entries().get(0);
        Files.write(entry, "not a jar".getBytes());

        CompiledPack rebuilt = compile(pack);

        assertThat(rebuilt.fromCache()).isFalse();
        assertThat(rebuilt.rules()).extracting(RuleInfo::name).containsExactly("ban");
        assertThat(Files.size(entry)).isGreaterThan(100);
        assertThat(compile(pack).fromCache()).isTrue();
    }

    @Test
    void aPackThatFailsToCompileLeavesNothingInTheCache() throws IOException {
        Pack broken = new PackLoader()
                .load(RulesLocation.resolve(TestRules.packs("broken/drl-error")))
                .packs()
                .get(0);

        Problems problems = new Problems();
        assertThat(new PackCompiler(CompiledRulesCache.at(cacheDir)).compile(broken, TestRules.vocabulary(), problems))
                .isNull();

        assertThat(problems.sorted()).isNotEmpty();
        assertThat(Files.exists(cacheDir) ? entries() : List.of()).isEmpty();
    }

    @Test
    void turnedOffItStoresNothing() throws IOException {
        Problems problems = new Problems();
        CompiledPack compiled = new PackCompiler(CompiledRulesCache.disabled())
                .compile(EngineFixtures.minimal(), TestRules.vocabulary(), problems);

        assertThat(compiled.fromCache()).isFalse();
        assertThat(entries()).isEmpty();
    }

    @Test
    void onlyTheNewestEntriesOfAPackAreKept() throws IOException {
        CompiledRulesCache cache = CompiledRulesCache.at(cacheDir);
        Files.createDirectories(cacheDir);
        String[] hashes = new String[CompiledRulesCache.KEEP_PER_PACK + 3];
        for (int i = 0; i < hashes.length; i++) {
            hashes[i] = String.format("%032x", i);
            Path old = Files.write(cacheDir.resolve("p-" + hashes[i] + ".jar"), new byte[] {1});
            Files.setLastModifiedTime(old, FileTime.fromMillis(1_000_000L * (i + 1)));
        }
        Path otherPack = Files.write(cacheDir.resolve("p-x-" + hashes[0] + ".jar"), new byte[] {1});
        Files.setLastModifiedTime(otherPack, FileTime.fromMillis(1));

        cache.store("p-" + "f".repeat(32), new byte[] {2});

        List<String> kept =
                entries().stream().map(p -> p.getFileName().toString()).sorted().toList();
        assertThat(kept)
                .hasSize(CompiledRulesCache.KEEP_PER_PACK + 1)
                .contains("p-" + "f".repeat(32) + ".jar", "p-x-" + hashes[0] + ".jar")
                .contains("p-" + hashes[hashes.length - 1] + ".jar")
                .doesNotContain("p-" + hashes[0] + ".jar", "p-" + hashes[3] + ".jar");
    }

    @Test
    void aPackLoadedFromTheCacheKeepsWorkingWhenItsEntryIsDeleted() throws IOException {
        compile(EngineFixtures.minimal());
        CompiledPack cached = compile(EngineFixtures.minimal());
        for (Path entry : entries()) {
            Files.delete(entry);
        }

        WorldFindings findings = cached.fire(
                EngineFixtures.policeUse(),
                LocalDate.of(2020, 6, 8),
                List.of("m-2020-01-01"),
                LocalDate.of(2020, 1, 1));

        assertThat(cached.fromCache()).isTrue();
        assertThat(findings.rulesFired()).containsExactly("ban");
    }
}
