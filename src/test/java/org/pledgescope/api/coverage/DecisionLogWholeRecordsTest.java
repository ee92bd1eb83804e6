package org.pledgescope.api.coverage;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pledgescope.TestRules;
import org.pledgescope.api.ApiTest;
import org.pledgescope.json.Json;
import org.pledgescope.verdict.Decision;

/**
 * The decision log holds whole records only. On a disk that fills up in the middle of a record (the probe's small
 * full disk kept half a line, and the next record was glued to it: two records lost), the part written is cut off
 * again; once there is room, the next record starts a line of its own. Every line of the file is one whole record.
 */
class DecisionLogWholeRecordsTest {
    @TempDir
    Path dir;

    private static final Decision DECISION = TestRules.evaluator(TestRules.shipped())
            .evaluate(TestRules.query(ApiTest.example().replace('"', '\'')));

    /** The length of one record of the log, as written to a disk with room. */
    private int recordLength() throws IOException {
        Path probe = dir.resolve("one.ndjson");
        new DecisionLog(probe, 1L << 40, 2, new SimpleMeterRegistry()).record(DECISION, 1_000);
        return (int) Files.size(probe);
    }

    private static void assertWholeRecords(Path file, int count) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        assertThat(bytes.length == 0 || bytes[bytes.length - 1] == '\n')
                .as("ends with a whole line")
                .isTrue();
        List<String> lines =
                Files.readAllLines(file).stream().filter(l -> !l.isEmpty()).toList();
        assertThat(lines).hasSize(count);
        for (String line : lines) {
            assertThat(Json.MAPPER.readTree(line).get("decisionId").asString()).isEqualTo(DECISION.decisionId());
        }
    }

    @Test
    void aWriteThatFillsTheDiskLeavesNoPartOfItsRecord() throws IOException {
        Path file = dir.resolve("decisions.ndjson");
        FullDisk disk = new FullDisk((long) (2.5 * recordLength()));
        DecisionLog log = new DecisionLog(file, 1L << 40, 2, new SimpleMeterRegistry(), disk);
        for (int i = 0; i < 4; i++) {
            log.record(DECISION, 1_000);
        }
        assertWholeRecords(file, 2);
        disk.free(10L * recordLength());
        log.record(DECISION, 1_000);
        log.record(DECISION, 1_000);
        assertWholeRecords(file, 4);
    }

    @Test
    void whenThePartCannotBeCutOffTheNextRecordStartsALineOfItsOwn() throws IOException {
        Path file = dir.resolve("decisions.ndjson");
        FullDisk disk = new FullDisk((long) (1.5 * recordLength()));
        disk.truncateFails = true;
        DecisionLog log = new DecisionLog(file, 1L << 40, 2, new SimpleMeterRegistry(), disk);
        log.record(DECISION, 1_000);
        log.record(DECISION, 1_000);
        disk.free(10L * recordLength());
        log.record(DECISION, 1_000);
        List<String> lines = Files.readAllLines(file);
        assertThat(lines).hasSize(3);
        assertThat(Json.MAPPER.readTree(lines.get(0)).get("decisionId").asString())
                .isEqualTo(DECISION.decisionId());
        assertThat(lines.get(1))
                .as("the part left behind, on a line of its own")
                .doesNotContain("\"latencyMicros\"");
        assertThat(Json.MAPPER.readTree(lines.get(2)).get("decisionId").asString())
                .isEqualTo(DECISION.decisionId());
    }

    @Test
    void aFileEndingInPartOfALineWhenOpenedGetsTheNextRecordOnALineOfItsOwn() throws IOException {
        Path file = Files.writeString(dir.resolve("decisions.ndjson"), "{\"decisionId\":\"cut short by a crash");
        DecisionLog log = new DecisionLog(file, 1L << 40, 2, new SimpleMeterRegistry());
        log.record(DECISION, 1_000);
        List<String> lines = Files.readAllLines(file);
        assertThat(lines).hasSize(2);
        assertThat(Json.MAPPER.readTree(lines.get(1)).get("decisionId").asString())
                .isEqualTo(DECISION.decisionId());
    }
}
