package org.pledgescope.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A seconds-long command started by plain {@code java -jar} runs in a JVM like this one with C1 alone and its
 * class-data archive; every other start runs where it is.
 */
class QuickJvmTest {
    private static final Optional<String> JAVA = Optional.of("/opt/java/bin/java");
    private static final List<String> ARCHIVE = List.of("-XX:SharedArchiveFile=/c/quick-batch-1.jsa", "-Xshare:auto");

    private static Optional<List<String>> command(String[] args, String[] jvm, Map<String, String> env) {
        return QuickJvm.commandFor(args, JAVA, Optional.of(jvm), env, ARCHIVE);
    }

    @Test
    void aBatchStartedWithJavaJarRunsInAQuickJvmWithTheSameOptionsAndArguments() {
        Optional<List<String>> c = command(
                new String[] {"batch", "--fields=verdict", "in.ndjson"},
                new String[] {
                    "-Xmx1g", "-Dx=y", "-jar", "target/pledgescope.jar", "batch", "--fields=verdict", "in.ndjson"
                },
                Map.of());

        assertThat(c).isPresent();
        assertThat(c.get()).startsWith("/opt/java/bin/java");
        // The JVM's warnings to stderr first, so that the caller's own options (logging too) still apply after.
        assertThat(c.get()).containsSubsequence(QuickJvm.LOG_TO_STDERR.get(0), "-Xmx1g", "-Dx=y", QuickJvm.FLAG);
        assertThat(c.get()).containsSubsequence(ARCHIVE);
        assertThat(c.get())
                .endsWith(
                        "-Dpledgescope.jvm=c1",
                        "-jar",
                        "target/pledgescope.jar",
                        "batch",
                        "--fields=verdict",
                        "in.ndjson");
    }

    @Test
    void aJvmGivenItsOwnArchiveKeepsIt() {
        List<String> c = command(
                        new String[] {"map", "p"},
                        new String[] {"-XX:SharedArchiveFile=/mine.jsa", "-jar", "p.jar", "map", "p"},
                        Map.of())
                .orElseThrow();
        assertThat(c).contains("-XX:SharedArchiveFile=/mine.jsa", QuickJvm.FLAG).doesNotContainAnyElementsOf(ARCHIVE);
    }

    @Test
    void otherStartsRunHere() {
        String[] jvm = {"-jar", "p.jar", "x"};
        assertThat(command(new String[] {"check", "q.json"}, jvm, Map.of())).isEmpty();
        assertThat(command(new String[] {"serve"}, jvm, Map.of())).isEmpty();
        assertThat(command(new String[] {}, jvm, Map.of())).isEmpty();
        // Not started from a jar (tests, an IDE), or with the compiler chosen already.
        assertThat(command(
                        new String[] {"batch"},
                        new String[] {"-cp", "classes", "org.pledgescope.PledgeScope"},
                        Map.of()))
                .isEmpty();
        assertThat(command(
                        new String[] {"map", "p"}, new String[] {"-XX:TieredStopAtLevel=1", "-jar", "p.jar"}, Map.of()))
                .isEmpty();
        // Asked not to.
        assertThat(command(new String[] {"batch"}, jvm, Map.of("PLEDGESCOPE_JIT", "full")))
                .isEmpty();
        assertThat(command(new String[] {"batch"}, jvm, Map.of("PLEDGESCOPE_RELAUNCH", "off")))
                .isEmpty();
        // The operating system would not say how this JVM was started.
        assertThat(QuickJvm.commandFor(new String[] {"batch"}, JAVA, Optional.empty(), Map.of(), List.of()))
                .isEmpty();
    }

    @Test
    void theArchiveLivesInTheUsersOwnCacheDirectoryPerCommandAndBuild(@TempDir Path tmp) throws IOException {
        Path jar = Files.writeString(tmp.resolve("pledgescope.jar"), "jar");
        Path cache = Files.createDirectory(tmp.resolve("cache"));
        Files.setPosixFilePermissions(cache, PosixFilePermissions.fromString("rwx------"));
        String setting = cache.toString();

        Path batch =
                QuickJvm.archive("batch", setting, Map.of(), jar.toString()).orElseThrow();
        assertThat(batch.getParent()).isEqualTo(cache);
        assertThat(batch.getFileName().toString()).startsWith("quick-batch-").endsWith(".jsa");
        assertThat(QuickJvm.archive("map", setting, Map.of(), jar.toString()).orElseThrow())
                .isNotEqualTo(batch);
        Files.writeString(jar, "another build");
        assertThat(QuickJvm.archive("batch", setting, Map.of(), jar.toString()).orElseThrow())
                .isNotEqualTo(batch);

        assertThat(QuickJvm.archive("batch", "off", Map.of(), jar.toString())).isEmpty();
        assertThat(QuickJvm.archive("batch", tmp.resolve("none").toString(), Map.of(), jar.toString()))
                .isEmpty();
        assertThat(QuickJvm.archive("batch", setting, Map.of(), jar + java.io.File.pathSeparator + "other.jar"))
                .isEmpty();
        Files.setPosixFilePermissions(cache, PosixFilePermissions.fromString("rwxrwxrwx"));
        assertThat(QuickJvm.archive("batch", setting, Map.of(), jar.toString()))
                .as("others may write it")
                .isEmpty();
    }
}
