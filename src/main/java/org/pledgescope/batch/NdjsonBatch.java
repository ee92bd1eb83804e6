package org.pledgescope.batch;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
import java.util.List;
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
    /** The message of a line that failed inside the engine; the log has the details. */
    public static final String INTERNAL = "internal error: this line could not be evaluated; the service log has the details";
    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(NdjsonBatch.class);
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

    /** Answers every line of {@code in} on {@code out}, UTF-8, one line each, in order. */
    public Summary run(BufferedReader in, OutputStream out) throws IOException {
        long n = 0;
        long rejected = 0;
        String line;
        while ((line = in.readLine()) != null) {
            n++;
            Object answer = answerObject(n, line);
            if (answer instanceof LineError) {
                rejected++;
            }
            out.write(Json.MAPPER.writeValueAsBytes(answer));
            out.write('\n');
        }
        return new Summary(n, rejected);
    }

    /** The answer line for input line number {@code lineNumber} as UTF-8 JSON: a Decision, or a {@link LineError}. */
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
        } catch (RuntimeException e) {
            // A fault in the engine, not in the line: answer this line with an error and go on with the stream.
            log.error("Line {} could not be evaluated", lineNumber, e);
            return new LineError(lineNumber, new LineError.Problem(INTERNAL, List.of()));
        }
    }

    static LineError error(long lineNumber, List<FieldError> errors) {
        return new LineError(lineNumber, new LineError.Problem("invalid query: "
                + new InvalidQueryException(errors).getMessage(), errors));
    }

    /** The answer to a line that cannot be evaluated: {@code {"line": N, "error": {"message", "errors"}}}. */
    public record LineError(long line, Problem error) {
        public record Problem(String message, List<FieldError> errors) {
        }
    }
}
