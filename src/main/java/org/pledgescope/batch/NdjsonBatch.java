package org.pledgescope.batch;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.Clock;
import java.util.function.Function;
import org.pledgescope.evaluation.Evaluator;
import org.pledgescope.evaluation.RuleSet;
import org.pledgescope.json.Json;
import org.pledgescope.query.InvalidQueryException;
import org.pledgescope.query.Query;
import org.pledgescope.query.QueryBinder;
import org.pledgescope.query.QueryParser;
import org.pledgescope.query.QueryReader;
import org.pledgescope.verdict.Decision;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;

/**
 * NDJSON in, NDJSON out: one answer line per input line, in order, streaming in bounded memory. A line
 * that cannot be evaluated yields {@code {"line": N, "error": {...}}} and the batch goes on.
 */
public final class NdjsonBatch {
    private static final Logger log = LoggerFactory.getLogger(NdjsonBatch.class);
    private final Function<JsonNode, Decision> decide;
    private final Function<String, Decision> decidePlain;
    private final InputLimits limits;
    private final LineBudget budget;

    /**
     * A batch answering from one rule set, as the CLI runs it: a plain line is read straight into a query
     * ({@link QueryReader}), any other is parsed and bound, so its errors say what is wrong.
     */
    public NdjsonBatch(Evaluator evaluator, RuleSet rules, Clock clock) {
        this(
                forRuleSet(evaluator, rules, new QueryBinder(clock)),
                plain(evaluator, rules, clock, InputLimits.DEFAULT),
                InputLimits.DEFAULT,
                LineBudget.NONE);
    }

    /**
     * A batch whose decisions come from {@code decide}, given each line's JSON tree (the API binds it to the rule
     * set it serves, and counts and logs each decision), within {@code limits}; {@code decide} throws
     * {@link InvalidQueryException} for a query that cannot be evaluated.
     */
    public NdjsonBatch(Function<JsonNode, Decision> decide, InputLimits limits) {
        this(decide, line -> null, limits, LineBudget.NONE);
    }

    /**
     * The same, every line charged to {@code budget} (its reading, checking and evaluating, whether it is answered
     * or refused); once the budget is spent, each further line is answered with an error without being read.
     */
    public NdjsonBatch(Function<JsonNode, Decision> decide, InputLimits limits, LineBudget budget) {
        this(decide, line -> null, limits, budget);
    }

    /**
     * As {@link #NdjsonBatch(Function, InputLimits, LineBudget)}; {@code decidePlain} answers a line it can read as a
     * plain query and returns null for any other, which {@code decide} then gets as a tree.
     */
    public NdjsonBatch(
            Function<JsonNode, Decision> decide,
            Function<String, Decision> decidePlain,
            InputLimits limits,
            LineBudget budget) {
        this.decide = decide;
        this.decidePlain = decidePlain;
        this.limits = limits;
        this.budget = budget;
    }

    /** Answers a plain line of a batch on {@code rules} (null for any other line). */
    public static Function<String, Decision> plain(
            Evaluator evaluator, RuleSet rules, Clock clock, InputLimits limits) {
        QueryReader reader = new QueryReader(clock, limits.maxString(), limits.maxValues());
        return line -> {
            Query q = reader.read(line, rules.vocabulary());
            return q == null ? null : evaluator.evaluate(rules, q);
        };
    }

    private static Function<JsonNode, Decision> forRuleSet(Evaluator evaluator, RuleSet rules, QueryBinder binder) {
        return node -> evaluator.evaluate(rules, binder.bind(node, rules.vocabulary()));
    }

    /** The lines of {@code in} (UTF-8), each at most {@link InputLimits#maxLine()} characters. */
    public NdjsonLines lines(InputStream in) {
        return new NdjsonLines(in, limits.maxLine());
    }

    /**
     * How many lines were answered and how many of them rejected; {@code stoppedAt} is the line the stream stopped
     * at for too many rejected lines (0 when it did not stop).
     */
    public record Summary(long lines, long rejected, long stoppedAt) {
        public Summary(long lines, long rejected) {
            this(lines, rejected, 0);
        }
    }

    /** Answers every line of {@code in} on {@code out}, UTF-8, one line each, in order. */
    public Summary run(NdjsonLines in, OutputStream out) throws IOException {
        long n = 0;
        long rejected = 0;
        NdjsonLines.Line line;
        while ((line = in.next()) != null) {
            n++;
            Object answer = answerObject(line);
            if (answer instanceof BatchItemError) {
                rejected++;
            }
            out.write(Json.MAPPER.writeValueAsBytes(answer));
            out.write('\n');
        }
        return new Summary(n, rejected);
    }

    /** The answer line for input line number {@code lineNumber} as UTF-8 JSON: a Decision, or a {@link BatchItemError}. */
    public byte[] answerBytes(long lineNumber, String line) {
        return answerBytes(new NdjsonLines.Line(lineNumber, line, line.length()));
    }

    /** The answer line for one input line, as UTF-8 JSON. */
    public byte[] answerBytes(NdjsonLines.Line line) {
        return Json.MAPPER.writeValueAsBytes(answerObject(line));
    }

    /** The answer for one input line: a Decision, or a {@link BatchItemError}. Thread-safe. */
    public Object answerObject(NdjsonLines.Line in) {
        long lineNumber = in.number();
        long start = System.nanoTime();
        try {
            budget.check();
            if (in.refused()) {
                throw new InvalidQueryException("", in.refusal());
            }
            String line = in.text();
            if (line.isBlank()) {
                throw new InvalidQueryException("", "empty line: expected a JSON query object");
            }
            Decision plain = decidePlain.apply(line);
            return plain != null ? plain : decide.apply(limits.check(QueryParser.tree(line)));
        } catch (InvalidQueryException e) {
            return BatchItemError.atLine(lineNumber, BatchItemError.ErrorDetail.invalid(e.errors()));
        } catch (BudgetSpentException e) {
            return BatchItemError.atLine(lineNumber, BatchItemError.ErrorDetail.of(e.getMessage()));
        } catch (RuntimeException e) {
            // A fault in the engine, not in the line: answer this line with an error and go on with the stream.
            log.error("Line {} could not be evaluated", lineNumber, e);
            return BatchItemError.atLine(lineNumber, BatchItemError.ErrorDetail.internal());
        } finally {
            budget.charge(System.nanoTime() - start);
        }
    }
}
