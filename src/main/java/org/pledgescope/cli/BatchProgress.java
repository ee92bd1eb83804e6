package org.pledgescope.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.pledgescope.batch.ParallelBatch;

/** {@code batch}'s progress line on stderr: lines done, rate, rejected so far; at most a few times a second. */
final class BatchProgress implements ParallelBatch.Progress {
    static final ParallelBatch.Progress NONE = ParallelBatch.Progress.NONE;

    private final PrintWriter err;
    private final long start = System.nanoTime();
    private long last;

    BatchProgress(PrintWriter err) {
        this.err = err;
    }

    /** Progress when stderr is a terminal (Linux: fd 2 is a tty device), otherwise none. */
    static ParallelBatch.Progress onTerminal(PrintWriter err) {
        try {
            String target = Files.readSymbolicLink(Path.of("/proc/self/fd/2")).toString();
            return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty") ? new BatchProgress(err) : NONE;
        } catch (Exception e) {
            return NONE;
        }
    }

    @Override
    public void update(long lines, long rejected, boolean done) {
        long now = System.nanoTime();
        if (!done && now - last < 250_000_000L) {
            return;
        }
        last = now;
        double seconds = Math.max(1e-9, (now - start) / 1e9);
        err.print(String.format("\r%,d lines, %,.0f lines/s, %,d rejected", lines, lines / seconds, rejected)
                + (done ? "\n" : ""));
        err.flush();
    }
}
