package org.pledgescope.api.coverage;

import java.io.IOException;
import java.io.OutputStream;
import java.util.concurrent.atomic.AtomicLong;
import org.pledgescope.api.ApiException;
import org.pledgescope.api.ApiProperties;
import org.pledgescope.api.Bodies;
import org.pledgescope.json.Json;
import org.springframework.http.HttpStatus;
import org.springframework.util.unit.DataSize;

/**
 * The answer to a JSON-array batch, encoded item by item as the items are answered, within a size cap: an
 * answer that would outgrow it is refused with 413 before anything is sent, never built in full. The cap is
 * {@code pledgescope.max-batch-answer}, and at most 32 times the request (at least 1 MiB). How many such batches
 * run at once is bounded by the heap, so that their answers fit in it together.
 */
final class JsonBatchAnswer {
    static final int RATIO = 32;
    private static final long MIN_CAP = 1024 * 1024;

    private final byte[][] items;
    private final long cap;
    private final AtomicLong size = new AtomicLong(2);

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

    void put(int index, Object answer) {
        byte[] bytes = Json.MAPPER.writeValueAsBytes(answer);
        if (size.addAndGet(bytes.length + 1L) > cap) {
            throw new ApiException(
                    HttpStatus.CONTENT_TOO_LARGE,
                    "",
                    "the answer to this batch would be larger than "
                            + Bodies.describe(DataSize.ofBytes(cap)) + " (at most " + RATIO
                            + " times the request, and pledgescope.max-batch-answer); send fewer queries per batch, "
                            + "or send them as application/x-ndjson");
        }
        items[index] = bytes;
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
