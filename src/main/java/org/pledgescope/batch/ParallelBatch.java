package org.pledgescope.batch;

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
import java.util.function.Function;

/**
 * A batch on every core, in bounded memory, for the CLI's {@code batch} and the service's NDJSON endpoint alike.
 * The calling thread reads chunks of lines and hands each to a worker, which answers its lines in order and encodes
 * them; the calling thread writes finished chunks in input order while later ones are still being answered, and
 * flushes whenever the next chunk is not ready yet (so a stream's reader sees answers as they come). At most
 * {@code inFlight} chunks of {@link #CHUNK} lines (and about {@link #CHUNK_CHARS} characters) are held at once,
 * however long the input. Without workers, the calling thread answers each chunk itself.
 */
public final class ParallelBatch {
    public static final int CHUNK = 256;
    /** A chunk also ends once it holds this many characters, so long lines cannot fill the heap. */
    public static final long CHUNK_CHARS = 1 << 20;

    private final NdjsonBatch batch;
    private final Function<Object, byte[]> encoder;
    private final ExecutorService workers;
    private final int threads;
    private final int inFlight;
    private final long maxRejected;

    /** Answers on {@code threads} threads of its own for each run (one: on the calling thread). */
    public ParallelBatch(NdjsonBatch batch, Function<Object, byte[]> encoder, int threads) {
        this(batch, encoder, null, Math.max(1, threads), Math.max(1, threads), Long.MAX_VALUE);
    }

    /** Answers on {@code workers}, shared with other batches (the service's), holding at most {@code inFlight} chunks. */
    public ParallelBatch(NdjsonBatch batch, Function<Object, byte[]> encoder, ExecutorService workers, int inFlight) {
        this(batch, encoder, workers, 0, Math.max(1, inFlight), Long.MAX_VALUE);
    }

    private ParallelBatch(
            NdjsonBatch batch,
            Function<Object, byte[]> encoder,
            ExecutorService workers,
            int threads,
            int inFlight,
            long maxRejected) {
        this.batch = batch;
        this.encoder = encoder;
        this.workers = workers;
        this.threads = threads;
        this.inFlight = inFlight;
        this.maxRejected = maxRejected;
    }

    /**
     * The same batch, stopping a run at its {@code maxRejected + 1}th rejected line: that line is answered by a
     * {@link StreamStopped} line instead, the input is read no further, and nothing after it is answered. Unlimited
     * by default.
     */
    public ParallelBatch stoppingAfter(long maxRejected) {
        if (maxRejected < 0) {
            throw new IllegalArgumentException("the most rejected lines must be 0 or more");
        }
        return new ParallelBatch(batch, encoder, workers, threads, inFlight, maxRejected);
    }

    /** Receives the count of lines done and rejected as the batch goes. */
    @FunctionalInterface
    public interface Progress {
        Progress NONE = (lines, rejected, done) -> {};

        void update(long lines, long rejected, boolean done);
    }

    /** Answered lines from line {@code first} on, each with whether it was rejected. */
    private record Chunk(long first, List<byte[]> lines, boolean[] rejected) {}

    /** Answers every line of {@code in} on {@code out}, in order. */
    public NdjsonBatch.Summary run(NdjsonLines in, OutputStream out, Progress progress) throws IOException {
        ExecutorService pool = workers;
        boolean own = pool == null && threads > 1;
        if (own) {
            pool = Executors.newFixedThreadPool(threads, r -> {
                Thread t = new Thread(r, "batch-worker");
                t.setDaemon(true);
                return t;
            });
        }
        Deque<CompletableFuture<Chunk>> pending = new ArrayDeque<>();
        long rejected = 0;
        long written = 0;
        long stoppedAt = 0;
        try {
            while (stoppedAt == 0) {
                List<NdjsonLines.Line> chunk = new ArrayList<>(CHUNK);
                NdjsonLines.Line line;
                long chars = 0;
                while (chunk.size() < CHUNK && chars < CHUNK_CHARS && (line = in.next()) != null) {
                    chunk.add(line);
                    chars += line.refused() ? 0 : line.text().length();
                }
                if (!chunk.isEmpty()) {
                    pending.add(
                            pool == null
                                    ? CompletableFuture.completedFuture(answer(chunk))
                                    : CompletableFuture.supplyAsync(() -> answer(chunk), pool));
                }
                boolean done = chunk.size() < CHUNK && chars < CHUNK_CHARS;
                while (stoppedAt == 0
                        && !pending.isEmpty()
                        && (done || pending.size() >= inFlight || pending.peek().isDone())) {
                    Chunk c = await(pending.poll());
                    for (int i = 0; i < c.lines().size() && stoppedAt == 0; i++) {
                        byte[] answer = c.lines().get(i);
                        if (c.rejected()[i] && rejected == maxRejected) {
                            stoppedAt = c.first() + i;
                            answer = encoder.apply(StreamStopped.at(stoppedAt, written, rejected, maxRejected));
                        } else {
                            rejected += c.rejected()[i] ? 1 : 0;
                            written++;
                        }
                        out.write(answer);
                        out.write('\n');
                    }
                    progress.update(written, rejected, false);
                    if (stoppedAt != 0 || pending.isEmpty() || !pending.peek().isDone()) {
                        out.flush();
                    }
                }
                if (done) {
                    break;
                }
            }
        } finally {
            pending.forEach(f -> f.cancel(false));
            if (own) {
                pool.shutdownNow();
            }
        }
        progress.update(written, rejected, true);
        return new NdjsonBatch.Summary(written, rejected, stoppedAt);
    }

    private Chunk answer(List<NdjsonLines.Line> lines) {
        List<byte[]> out = new ArrayList<>(lines.size());
        boolean[] rejected = new boolean[lines.size()];
        for (int i = 0; i < lines.size(); i++) {
            Object a = batch.answerObject(lines.get(i));
            rejected[i] = a instanceof BatchItemError;
            out.add(encoder.apply(a));
        }
        return new Chunk(lines.get(0).number(), out, rejected);
    }

    /** The chunk; a failure in a worker is rethrown as it was thrown there. */
    private static Chunk await(CompletableFuture<Chunk> chunk) {
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
