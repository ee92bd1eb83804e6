package org.pledgescope.api.coverage;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.pledgescope.api.ApiException;
import org.pledgescope.api.ApiProperties;
import org.pledgescope.api.Bodies;
import org.pledgescope.batch.BatchItemError;
import org.pledgescope.evaluation.RuleSet;
import org.pledgescope.json.Json;
import org.pledgescope.query.Query;
import org.pledgescope.verdict.Decision;
import org.pledgescope.verdict.PledgeResult;
import org.pledgescope.verdict.Verdict;
import org.springframework.http.HttpStatus;
import org.springframework.util.unit.DataSize;

/**
 * The answer to a JSON-array batch, encoded item by item in input order, within a size cap: {@code
 * pledgescope.max-batch-answer}, and at most 32 times the request (at least 1 MiB). How many such batches run at
 * once is bounded by the heap, so that their answers fit in it together.
 *
 * <p>A batch whose answer would surely pass the cap is refused with 413 before any query is evaluated: every item
 * answered with a decision is at least its query echoed, the decision's id and revision, and per pledge its id and
 * verdict ({@link #leastSize}). A batch that passes that check but whose decisions turn out larger is not thrown
 * away once evaluated: the items are answered in order until the cap is reached, and each item after that with a
 * short error saying it was not evaluated (as when the evaluation budget is spent).
 */
final class JsonBatchAnswer {
    static final int RATIO = 32;
    private static final long MIN_CAP = 1024 * 1024;
    private static final String SAMPLE_ID = "00000000-0000-4000-8000-000000000000";

    private final byte[][] items;
    private final long cap;
    private long size = 2;
    private int full = -1;

    JsonBatchAnswer(int n, long cap) {
        this.items = new byte[n][];
        this.cap = cap;
    }

    /** The answer cap for a request body of {@code requestChars} characters. */
    static long cap(ApiProperties properties, long requestChars) {
        return Math.min(properties.maxBatchAnswer().toBytes(), Math.max(MIN_CAP, RATIO * requestChars));
    }

    /** How many JSON-array batches may run at once: their bodies, trees and answers take at most half the heap. */
    static int concurrency(ApiProperties properties) {
        long each = 3 * properties.maxBatchBody().toBytes()
                + properties.maxBatchAnswer().toBytes();
        return (int) Math.max(1, Math.min(64, Runtime.getRuntime().maxMemory() / 2 / Math.max(1, each)));
    }

    /**
     * The fewest bytes the answer to a bound query can take if it is answered with a decision: the decision with
     * its query, and for each pledge it answers only the pledge's id, the shortest verdict and an empty reason. A
     * query naming a pledge that is not loaded is answered with an error, so it counts for nothing here.
     */
    static long leastSize(Query query, RuleSet rules) {
        List<String> packs;
        if (query.pledge() == null) {
            packs = rules.packIds();
        } else if (rules.pack(query.pledge()).isPresent()) {
            packs = List.of(query.pledge());
        } else {
            return 0;
        }
        List<PledgeResult> results = packs.stream()
                .map(id -> new PledgeResult(
                        id, Verdict.COVERED, "", null, null, null, null, null, null, null, null, null, 0, null))
                .toList();
        return Json.MAPPER.writeValueAsBytes(new Decision(SAMPLE_ID, rules.revision(), query, results)).length + 1;
    }

    /** A 413 if the answer would take at least {@code least} bytes, more than the cap: before anything is evaluated. */
    void refuseIfAtLeast(long least) {
        if (least <= cap) {
            return;
        }
        throw new ApiException(
                HttpStatus.CONTENT_TOO_LARGE,
                "",
                "the answer to this batch would be larger than " + describeCap() + " (at least " + least
                        + " bytes: every decision echoes its query and answers for each pledge); nothing was"
                        + " evaluated: send fewer queries per batch, or send them as application/x-ndjson");
    }

    /** Whether the cap has been reached: the items from then on are answered with {@link #notEvaluated}. */
    synchronized boolean full() {
        return full >= 0;
    }

    /**
     * Puts the answer to item {@code index}, in input order: past the cap, it and every later item are answered
     * with {@link #notEvaluated} instead.
     */
    synchronized void put(int index, Object answer) {
        byte[] bytes = full >= 0 ? null : Json.MAPPER.writeValueAsBytes(answer);
        if (bytes != null && size + bytes.length + 1 <= cap) {
            size += bytes.length + 1;
            items[index] = bytes;
            return;
        }
        if (full < 0) {
            full = index;
        }
        items[index] = Json.MAPPER.writeValueAsBytes(notEvaluated(index));
    }

    /** The answer to an item left unevaluated because the answer had reached its cap. */
    BatchItemError notEvaluated(int index) {
        return BatchItemError.atIndex(
                index,
                BatchItemError.ErrorDetail.of("not evaluated: the answer to this batch reached its limit of "
                        + describeCap() + " at item " + full + "; send the remaining queries in another request, or"
                        + " as application/x-ndjson"));
    }

    private String describeCap() {
        return Bodies.describe(DataSize.ofBytes(cap)) + " (at most " + RATIO
                + " times the request, and pledgescope.max-batch-answer)";
    }

    void writeTo(OutputStream out) throws IOException {
        out.write('[');
        for (int i = 0; i < items.length; i++) {
            if (i > 0) {
                out.write(',');
            }
            out.write(items[i]);
        }
        out.write(']');
        out.flush();
    }
}
