package org.pledgescope.api.coverage;

import java.io.IOException;
import java.io.OutputStream;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import org.pledgescope.batch.NdjsonBatch;
import org.pledgescope.batch.NdjsonLines;
import org.pledgescope.batch.ParallelBatch;
import org.pledgescope.json.Json;

/**
 * The NDJSON endpoint's answering: {@link ParallelBatch} on one pool of workers shared by every NDJSON request,
 * with at most {@link #IN_FLIGHT} chunks of {@link #CHUNK} lines held per request, however long the stream.
 */
final class NdjsonStream {
    static final int CHUNK = ParallelBatch.CHUNK;
    static final int IN_FLIGHT = 2 * Runtime.getRuntime().availableProcessors();

    /** Workers shared by every NDJSON request; daemon threads, one per core. */
    private static final ExecutorService WORKERS =
            Executors.newFixedThreadPool(Runtime.getRuntime().availableProcessors(), new ThreadFactory() {
                private final AtomicInteger n = new AtomicInteger();

                @Override
                public Thread newThread(Runnable r) {
                    Thread t = new Thread(r, "ndjson-" + n.incrementAndGet());
                    t.setDaemon(true);
                    return t;
                }
            });

    private NdjsonStream() {}

    /**
     * Answers every line of {@code in} on {@code out}, stopping at the line that would be rejected past
     * {@code maxRejected}; returns the number of lines answered.
     */
    static long run(NdjsonBatch batch, NdjsonLines in, OutputStream out, long maxRejected) throws IOException {
        return new ParallelBatch(batch, Json.MAPPER::writeValueAsBytes, WORKERS, IN_FLIGHT)
                .stoppingAfter(maxRejected)
                .run(in, out, ParallelBatch.Progress.NONE)
                .lines();
    }
}
