package org.pledgescope.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pledgescope.TestRules;
import org.pledgescope.diagnostics.Problems;
import org.pledgescope.pack.Pack;
import org.pledgescope.pack.SourceFile;

/** A cache entry is used only if it matches the digest recorded for its key; the directory is owner-only. */
class CacheIntegrityTest {
    @TempDir
    Path tmp;

    private Path cacheDir() {
        return tmp.resolve("cache");
    }

    /** The minimal pack with its rule matching sheriffs instead of city police. */
    private static Pack sheriffs() {
        Pack p = EngineFixtures.minimal();
        SourceFile drl = p.ruleFiles().get(0);
        return new Pack(
                p.id(),
                p.title(),
                p.vendor(),
                p.product(),
                p.facts(),
                p.statements(),
                p.questions(),
                List.of(new SourceFile(drl.path(), drl.name(), drl.content().replace("MUNICIPAL_POLICE", "SHERIFF"))),
                p.manifest());
    }

    private CompiledPack compile(Pack pack) {
        Problems problems = new Problems();
        CompiledPack compiled =
                new PackCompiler(CompiledRulesCache.at(cacheDir())).compile(pack, TestRules.vocabulary(), problems);
        assertThat(problems.sorted()).isEmpty();
        return compiled;
    }

    private static List<String> fired(CompiledPack pack, String agency) {
        return List.copyOf(pack.fire(
                        EngineFixtures.with(EngineFixtures.policeUse(), "agency.type", agency),
                        LocalDate.of(2020, 6, 8),
                        List.of("m-2020-01-01"),
                        LocalDate.of(2020, 1, 1))
                .rulesFired());
    }

    private void copyEntry(Pack from, Pack to, String... suffixes) throws IOException {
        CompiledRulesCache cache = CompiledRulesCache.at(cacheDir());
        for (String suffix : suffixes) {
            Files.copy(
                    cacheDir().resolve(new PackCompiler(cache).cacheKey(from, TestRules.vocabulary()) + suffix),
                    cacheDir().resolve(new PackCompiler(cache).cacheKey(to, TestRules.vocabulary()) + suffix),
                    StandardCopyOption.REPLACE_EXISTING);
        }
    }

    @Test
    void anEntryCopiedOverAnotherIsRecompiledAndAnswersRight() throws IOException {
        compile(EngineFixtures.minimal());
        compile(sheriffs());
        copyEntry(EngineFixtures.minimal(), sheriffs(), ".jar", ".sha256");

        CompiledPack rebuilt = compile(sheriffs());

        assertThat(rebuilt.fromCache()).isFalse();
        assertThat(fired(rebuilt, "SHERIFF")).containsExactly("ban");
        assertThat(fired(rebuilt, "MUNICIPAL_POLICE")).isEmpty();
        assertThat(compile(sheriffs()).fromCache()).isTrue();
    }

    @Test
    void aJarCopiedWithoutItsDigestIsRecompiled() throws IOException {
        compile(EngineFixtures.minimal());
        compile(sheriffs());
        copyEntry(EngineFixtures.minimal(), sheriffs(), ".jar");

        CompiledPack rebuilt = compile(sheriffs());

        assertThat(rebuilt.fromCache()).isFalse();
        assertThat(fired(rebuilt, "SHERIFF")).containsExactly("ban");
    }

    @Test
    void theDirectoryIsCreatedOwnerOnly() throws IOException {
        compile(EngineFixtures.minimal());
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(cacheDir())))
                .isEqualTo("rwx------");
    }

    @Test
    void aDirectoryOthersMayWriteIsMadeOwnerOnly() throws IOException {
        Files.createDirectories(
                cacheDir(), PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwxrwxrwx")));
        Files.setPosixFilePermissions(cacheDir(), PosixFilePermissions.fromString("rwxrwxrwx"));
        compile(EngineFixtures.minimal());
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(cacheDir())))
                .isEqualTo("rwx------");
    }
}
