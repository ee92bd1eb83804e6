package org.pledgescope.api.coverage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.pledgescope.TestRules;
import org.pledgescope.api.ApiTest;
import org.pledgescope.verdict.Decision;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/** The decision log refuses a bad path at start, reports a failed write once (health, metric, log), and rotates by size. */
@ExtendWith(OutputCaptureExtension.class)
class DecisionLogTest {
    @TempDir
    Path dir;

    private static Decision decision() {
        return TestRules.evaluator(TestRules.shipped())
                .evaluate(TestRules.query(ApiTest.example().replace('"', '\'')));
    }

    @Test
    void aPathThatCannotBeWrittenFailsAtStart() {
        assertThatThrownBy(() ->
                        new DecisionLog(dir.resolve("missing/decisions.ndjson"), 1 << 20, 2, new SimpleMeterRegistry()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("cannot write")
                .hasMessageContaining("no such directory");
    }

    @Test
    void aFailedWriteShowsInHealthAndAMetricAndIsLoggedOnce(CapturedOutput output) {
        Path file = dir.resolve("decisions.ndjson");
        SimpleMeterRegistry registry = new SimpleMeterRegistry();
        DecisionLog log = new DecisionLog(file, 1L << 40, 2, registry, new FullDisk(0));
        Decision d = decision();
        for (int i = 0; i < 5; i++) {
            log.record(d, 1_000);
        }
        assertThat(log.health().getStatus()).isEqualTo(Status.DOWN);
        assertThat(log.health().getDetails().get("error").toString()).contains("No space left on device");
        assertThat(registry.get("pledgescope.decision-log.failures").counter().count())
                .isEqualTo(5);
        assertThat(output.getAll().lines().filter(l -> l.contains("The decision log " + file + " cannot be written")))
                .hasSize(1);
    }

    @Test
    void theLogIsRotatedBySize() throws IOException {
        Path file = dir.resolve("decisions.ndjson");
        DecisionLog log = new DecisionLog(file, 4_096, 2, new SimpleMeterRegistry());
        Decision d = decision();
        for (int i = 0; i < 40; i++) {
            log.record(d, 1_000);
        }
        assertThat(log.health().getStatus()).isEqualTo(Status.UP);
        for (Path p : List.of(file, dir.resolve("decisions.ndjson.1"), dir.resolve("decisions.ndjson.2"))) {
            assertThat(p).exists();
            assertThat(Files.size(p)).isLessThanOrEqualTo(4_096);
            assertThat(Files.readAllLines(p))
                    .allSatisfy(
                            l -> assertThat(l).startsWith("{\"decisionId\":").endsWith("}"));
        }
        assertThat(dir.resolve("decisions.ndjson.3")).doesNotExist();
    }
}
