package org.pledgescope.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.pledgescope.json.Json;
import org.pledgescope.query.InvalidQueryException;
import org.pledgescope.verdict.Decision;
import tools.jackson.databind.JsonNode;

/**
 * A line that cannot be answered is answered {@code {"line": N, "error": {"message", "errors"}}}, byte for byte
 * (clients parse it), and counted as rejected by both the serial and the parallel batch.
 */
class BatchItemErrorTest {
    private static final String BAD_VALUE = "'BUY' is not one of [SALE, USE]";

    private static NdjsonBatch failing(RuntimeException e) {
        Function<JsonNode, Decision> decide = node -> {
            throw e;
        };
        return new NdjsonBatch(decide, InputLimits.DEFAULT);
    }

    private static String answer(NdjsonBatch batch, long lineNumber, String line) {
        return new String(batch.answerBytes(lineNumber, line), StandardCharsets.UTF_8);
    }

    @Test
    void anInvalidQueryNamesTheLineAndEachField() {
        assertThat(answer(failing(new InvalidQueryException("activity", BAD_VALUE)), 3, "{}"))
                .isEqualTo("{\"line\":3,\"error\":{\"message\":\"invalid query: activity: " + BAD_VALUE + "\","
                        + "\"errors\":[{\"field\":\"activity\",\"message\":\"" + BAD_VALUE + "\"}]}}");
    }

    @Test
    void anEmptyLineIsAnInvalidQueryOfTheWholeLine() {
        assertThat(answer(failing(new IllegalStateException("not reached")), 2, " "))
                .isEqualTo(
                        "{\"line\":2,\"error\":{\"message\":\"invalid query: empty line: expected a JSON query object\","
                                + "\"errors\":[{\"field\":\"\",\"message\":\"empty line: expected a JSON query object\"}]}}");
    }

    @Test
    void aSpentBudgetAndAnEngineFaultListNoFields() {
        assertThat(answer(failing(new BudgetSpentException("time is up")), 1, "{}"))
                .isEqualTo("{\"line\":1,\"error\":{\"message\":\"time is up\",\"errors\":[]}}");
        assertThat(answer(failing(new IllegalStateException("boom")), 7, "{}"))
                .isEqualTo("{\"line\":7,\"error\":"
                        + "{\"message\":\"internal error: this line could not be evaluated; the service log has the details\","
                        + "\"errors\":[]}}");
    }

    @Test
    void rejectedLinesAreCountedSeriallyAndInParallel() throws IOException {
        String in = "{}\n\n{}\n";
        NdjsonBatch batch = failing(new InvalidQueryException("activity", BAD_VALUE));
        ByteArrayOutputStream serial = new ByteArrayOutputStream();
        assertThat(batch.run(batch.lines(new ByteArrayInputStream(in.getBytes(StandardCharsets.UTF_8))), serial))
                .isEqualTo(new NdjsonBatch.Summary(3, 3));
        ByteArrayOutputStream parallel = new ByteArrayOutputStream();
        NdjsonBatch.Summary summary = new ParallelBatch(batch, Json.MAPPER::writeValueAsBytes, 2)
                .run(
                        batch.lines(new ByteArrayInputStream(in.getBytes(StandardCharsets.UTF_8))),
                        parallel,
                        (lines, rejected, done) -> {});
        assertThat(summary).isEqualTo(new NdjsonBatch.Summary(3, 3));
        assertThat(parallel.toString(StandardCharsets.UTF_8)).isEqualTo(serial.toString(StandardCharsets.UTF_8));
    }
}
