package org.pledgescope.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pledgescope.api.ApiTest;

/**
 * The packaged jar under plain {@code java -jar}: a batch runs in the quick JVM (its class-data archive recorded by a
 * run that succeeds, none by one that fails), answers every line on stdout with nothing of the JVM's among them, and
 * exits with the command's own status; {@code PLEDGESCOPE_RELAUNCH=off} runs it in the first JVM.
 */
class QuickJvmIT {
    private static final Path JAR = Path.of(System.getProperty("pledgescope.jar", "target/pledgescope.jar"));
    private static final Path CACHE = Path.of(System.getProperty("pledgescope.cache", "target/compiled-rules-cache"));
    private static final String QUERY = ApiTest.example().replace("\n", "");

    private record Run(int status, List<String> out) {}

    private static Run batch(String input, String relaunch) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", JAR.toString(), "batch");
        pb.environment().put("PLEDGESCOPE_CACHE", CACHE.toAbsolutePath().toString());
        pb.environment().put("PLEDGESCOPE_RELAUNCH", relaunch);
        pb.redirectError(ProcessBuilder.Redirect.DISCARD);
        Process p = pb.start();
        p.getOutputStream().write(input.getBytes(StandardCharsets.UTF_8));
        p.getOutputStream().close();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        return new Run(p.exitValue(), out.lines().toList());
    }

    private static List<Path> archives() throws IOException {
        try (Stream<Path> files = Files.list(CACHE)) {
            return files.filter(f -> f.getFileName().toString().startsWith("quick-batch-"))
                    .toList();
        }
    }

    @BeforeEach
    void noArchiveYet() throws IOException {
        Files.createDirectories(CACHE);
        for (Path a : archives()) {
            Files.delete(a);
        }
    }

    @Test
    void aBatchRunsInTheQuickJvmAndExitsWithItsStatus() throws Exception {
        Run rejected = batch(QUERY + "\n{\"pledge\": 1}\n", "on");
        assertThat(rejected.status()).as("a rejected line: exit 1").isEqualTo(1);
        assertThat(rejected.out()).hasSize(2);
        assertThat(rejected.out().get(0)).startsWith("{\"decisionId\"");
        assertThat(rejected.out().get(1)).startsWith("{\"line\":2");
        assertThat(archives()).as("a failed run keeps no archive").isEmpty();

        Run answered = batch(QUERY + "\n", "on");
        assertThat(answered.status()).isZero();
        assertThat(answered.out()).singleElement().asString().startsWith("{\"decisionId\"");
        assertThat(archives()).as("recorded by the quick JVM").hasSize(1);

        Run mapped = batch(QUERY + "\n" + QUERY + "\n", "on");
        assertThat(mapped.status()).isZero();
        assertThat(mapped.out()).hasSize(2).allMatch(l -> l.startsWith("{\"decisionId\""));
    }

    @Test
    void relaunchOffRunsInTheFirstJvm() throws Exception {
        Run here = batch(QUERY + "\n", "off");
        assertThat(here.status()).isZero();
        assertThat(here.out()).hasSize(1);
        assertThat(archives()).isEmpty();
    }
}
