package org.pledgescope.batch;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
import java.util.List;
import java.util.function.Function;
import org.pledgescope.evaluation.Evaluator;
import org.pledgescope.evaluation.RuleSet;
import org.pledgescope.json.Json;
import org.pledgescope.query.FieldError;
import org.pledgescope.query.InvalidQueryException;
import org.pledgescope.query.QueryBinder;
import org.pledgescope.query.QueryParser;
import tools.jackson.databind.JsonNode;
import org.pledgescope.verdict.Decision;

/**
 * NDJSON in, NDJSON out: one answer line per input line, in order, streaming in bounded memory. A line
 * that cannot be evaluated yields {@code {"line": N, "error": {...}}} and the batch goes on.
 */
public final class NdjsonBatch {
    private final Function<JsonNode, Decision> decide;

    /** A batch answering from one rule set, as the CLI runs it. */
    public NdjsonBatch(Evaluator evaluator, RuleSet rules, Clock clock) {
        this(forRuleSet(evaluator, rules, new QueryBinder(clock)));
    }

    /**
     * A batch whose decisions come from {@code decide}, given each line's JSON tree (the API binds it to the rule
     * set it serves, and counts and logs each decision); {@code decide} throws {@link InvalidQueryException} for a
     * query that cannot be evaluated.
     */
    public NdjsonBatch(Function<JsonNode, Decision> decide) {
        this.decide = decide;
    }

    private static Function<JsonNode, Decision> forRuleSet(Evaluator evaluator, RuleSet rules, QueryBinder binder) {
        return node -> evaluator.evaluate(rules, binder.bind(node, rules.vocabulary()));
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

    /** The answer for input line number {@code lineNumber}: a Decision, or a {@link LineError}. Thread-safe. */
    public Object answerObject(long lineNumber, String line) {
        try {
            if (line.isBlank()) {
                throw new InvalidQueryException("", "empty line: expected a JSON query object");
            }
            return decide.apply(QueryParser.tree(line));
        } catch (InvalidQueryException e) {
            return error(lineNumber, e.errors());
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
