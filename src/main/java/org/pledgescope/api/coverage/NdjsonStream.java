package org.pledgescope.api.coverage;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import org.pledgescope.batch.NdjsonBatch;
import org.pledgescope.batch.NdjsonLines;

/**
 * Streams NDJSON answers for NDJSON queries in bounded memory, on every core. The request thread reads
 * chunks of lines and hands each to a worker, which answers its lines in order and encodes them; the request
 * thread writes finished chunks in input order while later ones are still being answered. At most
 * {@link #IN_FLIGHT} chunks of {@link #CHUNK} lines (and about {@link #CHUNK_CHARS} characters) are held at once,
 * however long the stream.
 */
final class NdjsonStream {
    static final int CHUNK = 256;
    /** A chunk also ends once it holds this many characters, so long lines cannot fill the heap. */
    static final long CHUNK_CHARS = 1 << 20;
    static final int IN_FLIGHT = 2 * Runtime.getRuntime().availableProcessors();

    /** Workers shared by every NDJSON request; daemon threads, one per core. */
    private static final ExecutorService WORKERS = Executors.newFixedThreadPool(
            Runtime.getRuntime().availableProcessors(), new ThreadFactory() {
                private final AtomicInteger n = new AtomicInteger();

                @Override
                public Thread newThread(Runnable r) {
                    Thread t = new Thread(r, "ndjson-" + n.incrementAndGet());
                    t.setDaemon(true);
                    return t;
                }
            });

    private NdjsonStream() {
    }

    /** Answers every line of {@code in} on {@code out}; returns the number of lines. */
    static long run(NdjsonBatch batch, NdjsonLines in, OutputStream out) throws IOException {
        long lineNo = 0;
        Deque<CompletableFuture<byte[]>> pending = new ArrayDeque<>();
        try {
            while (true) {
                List<NdjsonLines.Line> chunk = new ArrayList<>(CHUNK);
                NdjsonLines.Line line;
                long chars = 0;
                while (chunk.size() < CHUNK && chars < CHUNK_CHARS && (line = in.next()) != null) {
                    chunk.add(line);
                    chars += line.tooLong() ? 0 : line.text().length();
                }
                if (!chunk.isEmpty()) {
                    pending.add(CompletableFuture.supplyAsync(() -> answer(batch, chunk), WORKERS));
                    lineNo += chunk.size();
                }
                boolean done = chunk.size() < CHUNK && chars < CHUNK_CHARS;
                while (!pending.isEmpty() && (done || pending.size() >= IN_FLIGHT || pending.peek().isDone())) {
                    out.write(await(pending.poll()));
                    if (pending.isEmpty() || !pending.peek().isDone()) {
                        out.flush();
                    }
                }
                if (done) {
                    return lineNo;
                }
            }
        } finally {
            pending.forEach(f -> f.cancel(false));
        }
    }

    private static byte[] answer(NdjsonBatch batch, List<NdjsonLines.Line> lines) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(lines.size() * 2_048);
        for (NdjsonLines.Line line : lines) {
            bytes.writeBytes(batch.answerBytes(line));
            bytes.write('\n');
        }
        return bytes.toByteArray();
    }

    /** The chunk's bytes; a failure in a worker is rethrown as it was thrown there. */
    private static byte[] await(CompletableFuture<byte[]> chunk) {
        try {
            return chunk.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw e;
        }
    }
}
