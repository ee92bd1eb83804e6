package org.pledgescope.api.pledges;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinWorkerThread;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import org.pledgescope.api.ApiException;
import org.pledgescope.api.ClientConnection;
import org.pledgescope.api.OutOfMemoryExit;
import org.pledgescope.api.ServingLimits;
import org.pledgescope.api.ruleset.RuleErrors;
import org.pledgescope.evaluation.Evaluator;
import org.pledgescope.map.Cancellation;
import org.pledgescope.map.MapException;
import org.pledgescope.map.ScopeDiff;
import org.pledgescope.map.ScopeMap;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * Where maps and diffs are made: on a pool of their own ({@code pledgescope.map-threads}), which the evaluation of
 * their cells in parallel stays inside, so they never take every core from the queries. At most {@code
 * pledgescope.map-queue} more wait for a thread; past that a request is refused with 429 and {@code Retry-After}.
 * Requests for the same map share one making of it. Each is stopped past {@code pledgescope.map-time-limit} (503),
 * or once every client waiting for it has closed its connection; a map of more cells than the heap allows ({@code
 * pledgescope.map-max-cells}) is refused before it starts. What is made is kept (the last 32, by rule set revision
 * and request), unless a cell's rules failed on the way (a time limit hit under load is not the pack's answer): those
 * failures are counted with every other rule error, and the next request makes the map afresh. A map stopped, refused
 * or failed is never kept.
 */
@Component
class MapJobs {
    private static final int CACHED = 32;
    private static final long POLL_MILLIS = 200;
    private static final ClassLoader ENGINE_LOADER = Evaluator.class.getClassLoader();

    private final ForkJoinPool pool;
    private final Semaphore slots;
    private final int threads;
    private final int queue;
    private final Duration timeLimit;
    private final long maxCells;
    private final RuleErrors ruleErrors;
    private final MeterRegistry registry;
    private final Map<String, Counter> outcomes = new HashMap<>();
    /** Recent time to make a map (an exponential average), for {@code Retry-After}. */
    private final AtomicLong typicalNanos = new AtomicLong(TimeUnit.SECONDS.toNanos(1));

    /**
     * Guarded by {@code this}: maps made, least recently used first, at most {@link #CACHED} of them and at most
     * {@link #cachedRegions} regions in all (a map's regions are what it holds; a map with more is not kept).
     */
    private final LinkedHashMap<List<Object>, Object> cache = new LinkedHashMap<>(16, 0.75f, true);

    private final long cachedRegions;
    private long regionsInCache;

    private final Map<List<Object>, Job> inFlight = new HashMap<>();

    MapJobs(ServingLimits limits, RuleErrors ruleErrors, MeterRegistry registry) {
        this.threads = limits.mapThreads(Runtime.getRuntime().availableProcessors());
        this.timeLimit = limits.mapTimeLimit();
        this.maxCells = limits.mapMaxCells(Runtime.getRuntime().maxMemory());
        // Kept maps take at most an eighth of the heap: a region holds about as much as a cell being made (4 KiB).
        this.cachedRegions = Math.max(1, maxCells / 4);
        this.queue = Math.max(0, limits.mapQueue());
        this.slots = new Semaphore(threads + queue);
        this.ruleErrors = ruleErrors;
        this.registry = registry;
        AtomicInteger n = new AtomicInteger();
        this.pool = new ForkJoinPool(
                threads,
                p -> {
                    ForkJoinWorkerThread t = new ForkJoinWorkerThread(p) {};
                    t.setName("map-" + n.incrementAndGet());
                    t.setDaemon(true);
                    t.setContextClassLoader(ENGINE_LOADER);
                    return t;
                },
                null,
                false,
                threads,
                threads,
                1,
                p -> true,
                60,
                TimeUnit.SECONDS);
    }

    /** Keeps a map made (guarded by {@code this}), dropping the least recently used past the cache's bounds. */
    private void keep(List<Object> key, Object made) {
        long regions = regionsOf(made);
        if (regions > cachedRegions) {
            return;
        }
        Object replaced = cache.put(key, made);
        regionsInCache += regions - (replaced == null ? 0 : regionsOf(replaced));
        var eldest = cache.entrySet().iterator();
        while ((cache.size() > CACHED || regionsInCache > cachedRegions) && eldest.hasNext()) {
            regionsInCache -= regionsOf(eldest.next().getValue());
            eldest.remove();
        }
    }

    /** What a kept map or diff holds, in regions (a diff: its moves). */
    static long regionsOf(Object made) {
        if (made instanceof ScopeMap m) {
            return Math.max(1, m.regions().size());
        }
        if (made instanceof ScopeDiff d) {
            return Math.max(1, d.moves().size());
        }
        return 1;
    }

    /**
     * The map (or diff) {@code key} names: kept, being made for another request, or made now by {@code make} on the
     * pool, while this thread waits for it and watches that its client is still there.
     */
    Object get(List<Object> key, Function<Cancellation, Object> make, HttpServletRequest request) throws IOException {
        Job job;
        synchronized (this) {
            Object hit = cache.get(key);
            if (hit != null) {
                count("cached");
                return hit;
            }
            job = inFlight.get(key);
            if (job == null) {
                if (!slots.tryAcquire()) {
                    count("refused");
                    long seconds = Math.max(1, TimeUnit.NANOSECONDS.toSeconds(typicalNanos.get()));
                    throw ApiException.busy(
                            "too many maps and diffs at once: " + threads + " being made and " + queue
                                    + " waiting, the most this service takes; retry in " + seconds + " s",
                            seconds);
                }
                job = new Job(key, make);
                inFlight.put(key, job);
                pool.execute(job);
            } else {
                count("shared");
            }
            job.waiters++;
        }
        return await(job, ClientConnection.of(request));
    }

    private Object await(Job job, ClientConnection connection) throws IOException {
        while (true) {
            try {
                return job.result.get(POLL_MILLIS, TimeUnit.MILLISECONDS);
            } catch (TimeoutException e) {
                if (connection.closed()) {
                    leave(job);
                    throw new IOException("the client closed the connection while its map was being made");
                }
            } catch (InterruptedException e) {
                leave(job);
                Thread.currentThread().interrupt();
                throw new IOException("interrupted while a map was being made", e);
            } catch (ExecutionException e) {
                throw refusal(e.getCause());
            }
        }
    }

    /** A request that stops waiting; the last one to leave stops the map. */
    private synchronized void leave(Job job) {
        if (--job.waiters > 0) {
            return;
        }
        inFlight.remove(job.key, job);
        if (job.state.compareAndSet(Job.QUEUED, Job.ABANDONED)) {
            slots.release();
            count("cancelled");
        } else if (job.cancellation != null) {
            job.cancellation.cancel("every client waiting for it closed its connection");
        }
    }

    private RuntimeException refusal(Throwable failure) {
        OutOfMemoryExit.check(failure);
        if (failure instanceof MapException e) {
            HttpStatus status = "id".equals(e.field()) ? HttpStatus.NOT_FOUND : HttpStatus.BAD_REQUEST;
            return new ApiException(status, e.field() == null ? "" : e.field(), e.getMessage());
        }
        if (failure instanceof Cancellation.Stopped e) {
            return new ApiException(
                    HttpStatus.SERVICE_UNAVAILABLE,
                    "",
                    e.getMessage()
                            + (e.timedOut()
                                    ? " (pledgescope.map-time-limit); narrow it with where (FACT=VALUE) or give both "
                                            + "asKnownOn and useDate"
                                    : ""));
        }
        if (failure instanceof RuntimeException e) {
            return e;
        }
        return new IllegalStateException("a map could not be made", failure);
    }

    private void count(String outcome) {
        Counter counter;
        synchronized (outcomes) {
            counter = outcomes.computeIfAbsent(
                    outcome,
                    o -> Counter.builder("pledgescope.maps")
                            .description("Map and diff requests by outcome")
                            .tag("outcome", o)
                            .register(registry));
        }
        counter.increment();
    }

    /** One map or diff being made, and how many requests wait for it. */
    private final class Job implements Runnable {
        static final int QUEUED = 0;
        static final int RUNNING = 1;
        static final int ABANDONED = 2;

        final List<Object> key;
        final Function<Cancellation, Object> make;
        final CompletableFuture<Object> result = new CompletableFuture<>();
        final AtomicInteger state = new AtomicInteger(QUEUED);
        /** Guarded by {@link MapJobs}. */
        int waiters;

        volatile Cancellation cancellation;

        Job(List<Object> key, Function<Cancellation, Object> make) {
            this.key = key;
            this.make = make;
        }

        @Override
        public void run() {
            Cancellation c = Cancellation.within(
                    timeLimit, maxCells, "this service's limit (pledgescope.map-max-cells)", ruleErrors::count);
            cancellation = c;
            if (!state.compareAndSet(QUEUED, RUNNING)) {
                return; // every client left while it waited; its slot is free already
            }
            synchronized (MapJobs.this) {
                if (waiters == 0) {
                    c.cancel("every client waiting for it closed its connection");
                }
            }
            long start = System.nanoTime();
            Object made = null;
            Throwable failure = null;
            try {
                made = make.apply(c);
            } catch (Throwable t) {
                OutOfMemoryExit.check(t);
                failure = t;
            }
            long nanos = System.nanoTime() - start;
            typicalNanos.getAndUpdate(old -> (old * 3 + nanos) / 4);
            synchronized (MapJobs.this) {
                inFlight.remove(key, this);
                if (made != null && c.ruleFailures() == 0) {
                    keep(key, made);
                }
            }
            slots.release();
            count(outcome(made, failure, c));
            if (failure != null) {
                result.completeExceptionally(failure);
            } else {
                result.complete(made);
            }
        }

        private static String outcome(Object made, Throwable failure, Cancellation c) {
            if (failure instanceof Cancellation.Stopped s) {
                return s.timedOut() ? "timed-out" : "cancelled";
            }
            if (failure instanceof MapException) {
                return "invalid";
            }
            if (failure != null) {
                return "failed";
            }
            return c.ruleFailures() > 0 ? "made-with-rule-errors" : "made";
        }
    }
}
