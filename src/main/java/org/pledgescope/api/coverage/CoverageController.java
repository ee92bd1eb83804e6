package org.pledgescope.api.coverage;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Semaphore;
import java.util.function.Function;
import java.util.stream.IntStream;
import org.pledgescope.api.ApiException;
import org.pledgescope.api.ApiProperties;
import org.pledgescope.api.Bodies;
import org.pledgescope.api.ServingLimits;
import org.pledgescope.batch.BatchItemError;
import org.pledgescope.batch.BudgetSpentException;
import org.pledgescope.batch.InputLimits;
import org.pledgescope.batch.NdjsonBatch;
import org.pledgescope.evaluation.RuleSet;
import org.pledgescope.json.Json;
import org.pledgescope.query.InvalidQueryException;
import org.pledgescope.query.Query;
import org.pledgescope.query.QueryParser;
import org.pledgescope.verdict.Decision;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/** Coverage questions: one query, a JSON array of queries, or an NDJSON stream of them. */
@RestController
@RequestMapping("/v1/coverage")
@Tag(name = "coverage", description = "Does a pledge cover this use?")
class CoverageController {
    private static final Logger log = LoggerFactory.getLogger(CoverageController.class);
    static final String NDJSON = "application/x-ndjson";
    /** Items of a JSON-array batch evaluated together before their answers are put in order. */
    private static final int JSON_CHUNK = 64;

    private final CoverageService service;
    private final ApiProperties properties;
    private final InputLimits limits;
    private final Semaphore jsonBatches;
    private final int maxStreams;
    private final Semaphore streams;

    CoverageController(CoverageService service, ApiProperties properties, ServingLimits servingLimits) {
        this.service = service;
        this.properties = properties;
        this.limits = properties.inputLimits();
        this.jsonBatches = new Semaphore(JsonBatchAnswer.concurrency(properties));
        this.maxStreams = servingLimits.maxStreams(Runtime.getRuntime().maxMemory());
        this.streams = new Semaphore(maxStreams);
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(
            operationId = "evaluateQuery",
            summary = "Evaluate one query",
            description = "Every loaded pledge when `pledge` is left out.")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(
            required = true,
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON_VALUE,
                            schema = @Schema(implementation = Query.class)))
    Decision decide(HttpServletRequest request) throws IOException {
        String body = Bodies.read(request, properties.maxBody());
        return service.decide(limits.check(QueryParser.tree(body)));
    }

    @PostMapping(
            path = "/batch",
            consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(
            operationId = "evaluateBatch",
            summary = "Evaluate a JSON array of queries",
            description =
                    "Answers in input order: a Decision, or a BatchItemError for an item that cannot be evaluated.")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(
            required = true,
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON_VALUE,
                            array = @ArraySchema(schema = @Schema(implementation = Query.class))))
    @ApiResponse(
            responseCode = "200",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON_VALUE,
                            array = @ArraySchema(schema = @Schema(oneOf = {Decision.class, BatchItemError.class}))))
    void batch(HttpServletRequest request, HttpServletResponse response) throws IOException {
        RuleSet rules = service.requireRuleSet(); // every item is answered by the rule set served now
        if (!jsonBatches.tryAcquire()) {
            throw new ApiException(
                    HttpStatus.TOO_MANY_REQUESTS,
                    "",
                    "too many JSON-array batches at once; "
                            + "retry shortly, or send the queries as application/x-ndjson");
        }
        try {
            String body = Bodies.read(request, properties.maxBatchBody());
            JsonNode items = QueryParser.tree(body);
            if (!items.isArray()) {
                throw new InvalidQueryException("", "a batch must be a JSON array of queries");
            }
            if (items.size() > properties.maxBatchItems()) {
                throw new ApiException(
                        HttpStatus.CONTENT_TOO_LARGE,
                        "",
                        "a batch holds at most "
                                + properties.maxBatchItems() + " queries; this one has " + items.size()
                                + " (send larger batches as application/x-ndjson)");
            }
            Object[] bound = new Object[items.size()];
            IntStream.range(0, items.size()).parallel().forEach(i -> bound[i] = bind(i, items.get(i), rules));
            JsonBatchAnswer answer = new JsonBatchAnswer(items.size(), JsonBatchAnswer.cap(properties, body.length()));
            long least = 2;
            for (Object b : bound) {
                least += b instanceof Query q
                        ? JsonBatchAnswer.leastSize(q, rules)
                        : Json.MAPPER.writeValueAsBytes(b).length + 1;
            }
            answer.refuseIfAtLeast(least);
            Function<Query, Decision> decide =
                    new EvaluationBudget(properties.maxEvaluation()).guard(q -> service.decide(q, rules));
            for (int from = 0; from < bound.length; from += JSON_CHUNK) {
                int to = Math.min(bound.length, from + JSON_CHUNK);
                Object[] answers = new Object[to - from];
                int start = from;
                IntStream.range(from, to)
                        .parallel()
                        .forEach(i -> answers[i - start] = answer.full()
                                ? answer.notEvaluated(i)
                                : bound[i] instanceof Query q ? answer(i, q, decide) : bound[i]);
                for (int i = from; i < to; i++) {
                    answer.put(i, answers[i - from]);
                }
            }
            response.setContentType(MediaType.APPLICATION_JSON_VALUE);
            answer.writeTo(response.getOutputStream());
        } finally {
            jsonBatches.release();
        }
    }

    /** Item {@code index} checked and bound to {@code rules}: a Query, or the BatchItemError answering it. */
    private Object bind(int index, JsonNode item, RuleSet rules) {
        try {
            return service.bind(limits.check(item), rules);
        } catch (InvalidQueryException e) {
            return BatchItemError.atIndex(
                    index, BatchItemError.ErrorDetail.invalid(e.errors()).under("[" + index + "]"));
        }
    }

    private Object answer(int index, Query query, Function<Query, Decision> decide) {
        try {
            return decide.apply(query);
        } catch (InvalidQueryException e) {
            return BatchItemError.atIndex(
                    index, BatchItemError.ErrorDetail.invalid(e.errors()).under("[" + index + "]"));
        } catch (BudgetSpentException e) {
            return BatchItemError.atIndex(index, BatchItemError.ErrorDetail.of(e.getMessage()));
        } catch (ApiException e) {
            throw e;
        } catch (RuntimeException e) {
            log.error("Batch item {} could not be evaluated", index, e);
            return BatchItemError.atIndex(index, BatchItemError.ErrorDetail.internal());
        }
    }

    @PostMapping(path = "/batch", consumes = NDJSON, produces = NDJSON)
    @Operation(
            operationId = "evaluateNdjsonStream",
            summary = "Evaluate NDJSON queries, streamed",
            description = "Any number of lines; one answer line per input line, in order, streamed in bounded memory. "
                    + "A line that cannot be evaluated is answered with {\"line\": N, \"error\": {message, errors}}.")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(
            required = true,
            content = @Content(mediaType = NDJSON, schema = @Schema(implementation = Query.class)))
    @ApiResponse(
            responseCode = "200",
            content = @Content(mediaType = NDJSON, schema = @Schema(implementation = Decision.class)))
    @ApiResponse(
            responseCode = "429",
            description = "As many NDJSON streams as the service answers at once (pledgescope.max-streams) are "
                    + "running; Retry-After says when to try again",
            content =
                    @Content(
                            mediaType = "application/problem+json",
                            schema = @Schema(ref = "#/components/schemas/Problem")))
    void ndjson(HttpServletRequest request, HttpServletResponse response) throws IOException {
        RuleSet rules = service.requireRuleSet(); // every line is answered by the rule set served now
        // A stream is read as it is answered, holding a thread while it lasts: however slowly they send, streams
        // hold at most this many of the threads that answer everyone else.
        if (!streams.tryAcquire()) {
            throw ApiException.busy(
                    "too many NDJSON streams at once (" + maxStreams + ", pledgescope.max-streams); retry shortly, "
                            + "or send the queries as one JSON array",
                    1);
        }
        try {
            response.setContentType(NDJSON);
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            OutputStream out = response.getOutputStream();
            NdjsonBatch batch = new NdjsonBatch(
                    node -> service.decide(node, rules), limits, new EvaluationBudget(properties.maxEvaluation()));
            NdjsonStream.run(batch, batch.lines(request.getInputStream()), out, properties.maxRejectedLines());
            out.flush();
        } finally {
            streams.release();
        }
    }
}
