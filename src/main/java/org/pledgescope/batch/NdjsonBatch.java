package org.pledgescope.batch;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Writer;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.pledgescope.coverage.Evaluator;
import org.pledgescope.json.Json;
import org.pledgescope.query.FieldError;
import org.pledgescope.query.InvalidQueryException;
import org.pledgescope.query.Query;
import org.pledgescope.query.QueryParser;
import org.pledgescope.verdict.Decision;

/**
 * NDJSON in, NDJSON out: one answer line per input line, in order, streaming in bounded memory. A line
 * that cannot be evaluated yields {@code {"line": N, "error": {...}}} and the batch goes on.
 */
public final class NdjsonBatch {
    private final Function<Query, Decision> decide;
    private final QueryParser parser;

    public NdjsonBatch(Evaluator evaluator, Clock clock) {
        this(evaluator::evaluate, clock);
    }

    /** A batch whose decisions come from {@code decide} (the API counts and logs each one). */
    public NdjsonBatch(Function<Query, Decision> decide, Clock clock) {
        this.decide = decide;
        this.parser = new QueryParser(clock);
    }

    /** How many lines were read and how many rejected. */
    public record Summary(long lines, long rejected) {
    }

    public Summary run(BufferedReader in, Writer out) throws IOException {
        long n = 0;
        long rejected = 0;
        String line;
        while ((line = in.readLine()) != null) {
            n++;
            String answer = answer(n, line);
            if (answer.startsWith("{\"line\"")) {
                rejected++;
            }
            out.write(answer);
            out.write('\n');
        }
        return new Summary(n, rejected);
    }

    /** The answer line for input line number {@code lineNumber}: a Decision, or an error object. */
    public String answer(long lineNumber, String line) {
        return Json.MAPPER.writeValueAsString(answerObject(lineNumber, line));
    }

    /** {@link #answer} as UTF-8 bytes, encoded straight from the answer (no intermediate String). */
    public byte[] answerBytes(long lineNumber, String line) {
        return Json.MAPPER.writeValueAsBytes(answerObject(lineNumber, line));
    }

    private Object answerObject(long lineNumber, String line) {
        try {
            if (line.isBlank()) {
                throw new InvalidQueryException("", "empty line: expected a JSON query object");
            }
            return decide.apply(parser.parse(line));
        } catch (InvalidQueryException e) {
            return error(lineNumber, e.errors());
        }
    }

    static Map<String, Object> error(long lineNumber, List<FieldError> errors) {
        Map<String, Object> error = new LinkedHashMap<>();
        error.put("message", "invalid query: " + new InvalidQueryException(errors).getMessage());
        error.put("errors", errors);
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("line", lineNumber);
        out.put("error", error);
        return out;
    }
}
