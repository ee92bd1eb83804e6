package org.pledgescope.batch;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;

/**
 * A batch on every core: lines are read in chunks, each chunk answered on a worker, and the chunks written in
 * input order, with a bounded number in flight (memory stays bounded on any input). One thread: no workers.
 */
public final class ParallelBatch {
    private static final int CHUNK = 256;

    private final NdjsonBatch batch;
    private final Function<Object, byte[]> encoder;
    private final int threads;

    public ParallelBatch(NdjsonBatch batch, Function<Object, byte[]> encoder, int threads) {
        this.batch = batch;
        this.encoder = encoder;
        this.threads = Math.max(1, threads);
    }

    /** Receives the count of lines done and rejected as the batch goes. */
    @FunctionalInterface
    public interface Progress {
        void update(long lines, long rejected, boolean done);
    }

    private record Chunk(List<byte[]> lines, long rejected) {
    }

    public NdjsonBatch.Summary run(NdjsonLines in, OutputStream out, Progress progress) throws IOException {
        ExecutorService pool = threads == 1 ? null : Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "batch-worker");
            t.setDaemon(true);
            return t;
        });
        ArrayDeque<Future<Chunk>> inFlight = new ArrayDeque<>();
        long lines = 0;
        long rejected = 0;
        long written = 0;
        try {
            while (true) {
                List<NdjsonLines.Line> chunk = new ArrayList<>(CHUNK);
                NdjsonLines.Line line;
                while (chunk.size() < CHUNK && (line = in.next()) != null) {
                    chunk.add(line);
                }
                if (!chunk.isEmpty()) {
                    lines += chunk.size();
                    if (pool == null) {
                        Chunk c = answer(chunk);
                        rejected += c.rejected();
                        written += write(c, out);
                        progress.update(written, rejected, false);
                    } else {
                        inFlight.add(pool.submit(() -> answer(chunk)));
                    }
                }
                while (pool != null && !inFlight.isEmpty() && (inFlight.size() >= threads || chunk.isEmpty())) {
                    Chunk c = get(inFlight.poll());
                    rejected += c.rejected();
                    written += write(c, out);
                    progress.update(written, rejected, false);
                }
                if (chunk.isEmpty()) {
                    break;
                }
            }
        } finally {
            if (pool != null) {
                pool.shutdownNow();
            }
        }
        progress.update(written, rejected, true);
        return new NdjsonBatch.Summary(lines, rejected);
    }

    private Chunk answer(List<NdjsonLines.Line> lines) {
        List<byte[]> out = new ArrayList<>(lines.size());
        long rejected = 0;
        for (NdjsonLines.Line line : lines) {
            Object a = batch.answerObject(line);
            if (a instanceof BatchItemError) {
                rejected++;
            }
            out.add(encoder.apply(a));
        }
        return new Chunk(out, rejected);
    }

    private static long write(Chunk c, OutputStream out) throws IOException {
        for (byte[] b : c.lines()) {
            out.write(b);
            out.write('\n');
        }
        return c.lines().size();
    }

    private static Chunk get(Future<Chunk> f) throws IOException {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new IOException(e.getCause());
        }
    }
}
