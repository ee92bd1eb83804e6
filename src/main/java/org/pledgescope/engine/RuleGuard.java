package org.pledgescope.engine;

import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.kie.api.runtime.KieSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs a pack's rules on one world under a time limit, off the caller's thread, so that a rule that throws or
 * never returns costs the caller an error, not its thread. Past the limit the session is halted (which stops a
 * rule that keeps re-firing) and the thread interrupted; a rule stuck inside its own action cannot be stopped
 * by the JVM, so that thread is left to it and counted in {@link #stuckThreads()} until it returns.
 */
public final class RuleGuard {
    private static final Logger log = LoggerFactory.getLogger(RuleGuard.class);
    /** The default time limit on firing one pack's rules for one query. */
    public static final Duration DEFAULT_TIME_LIMIT = Duration.ofSeconds(2);
    private static final ClassLoader ENGINE_LOADER = RuleGuard.class.getClassLoader();
    private static final AtomicInteger THREADS = new AtomicInteger();
    private static final ExecutorService RUNNERS = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "rules-" + THREADS.incrementAndGet());
        t.setDaemon(true);
        t.setContextClassLoader(ENGINE_LOADER);
        return t;
    });
    private static final AtomicLong STUCK = new AtomicLong();
    private static final Set<String> LOGGED = ConcurrentHashMap.newKeySet();
    private static volatile Duration timeLimit = DEFAULT_TIME_LIMIT;

    private RuleGuard() {
    }

    /** The time limit on firing one pack's rules for one query (all of its worlds together). */
    public static Duration timeLimit() {
        return timeLimit;
    }

    public static void timeLimit(Duration limit) {
        if (limit.isNegative() || limit.isZero()) {
            throw new IllegalArgumentException("the rule time limit must be positive: " + limit);
        }
        timeLimit = limit;
    }

    /** Threads still running rules past their time limit (their callers have had an error). */
    public static long stuckThreads() {
        return STUCK.get();
    }

    /**
     * Runs {@code work} (which fires {@code session} and disposes of it) within {@code nanosLeft}; throws
     * {@link RuleFailure} if it throws or runs longer. {@code firing} names the rule firing at the time.
     */
    static void run(String pack, KieSession session, Supplier<String> firing, long nanosLeft, Runnable work) {
        if (nanosLeft <= 0) {
            throw overTime(pack, null);
        }
        AtomicInteger state = new AtomicInteger(); // 0 running, 1 finished, 2 given up on
        Future<?> result = RUNNERS.submit(() -> {
            try {
                work.run();
            } finally {
                if (!state.compareAndSet(0, 1)) {
                    STUCK.decrementAndGet();
                }
            }
        });
        try {
            result.get(nanosLeft, TimeUnit.NANOSECONDS);
        } catch (ExecutionException e) {
            String rule = firing.get();
            Throwable cause = root(e.getCause());
            if (LOGGED.size() < 1_000 && LOGGED.add(pack + "/" + rule)) {
                log.warn("Pack {}: rule {} failed", pack, rule == null ? "(matching)" : "'" + rule + "'", e.getCause());
            }
            throw new RuleFailure(RuleFailure.Kind.RULE_FAILED, rule, (rule == null
                    ? "the rules failed while matching facts" : "rule '" + rule + "' failed")
                    + " (" + cause.getClass().getSimpleName() + ")");
        } catch (TimeoutException e) {
            String rule = firing.get();
            if (state.compareAndSet(0, 2)) {
                STUCK.incrementAndGet();
            }
            session.halt();
            result.cancel(true);
            throw overTime(pack, rule);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            session.halt();
            result.cancel(true);
            throw new RuleFailure(RuleFailure.Kind.TIME_LIMIT, firing.get(), "the evaluation was interrupted");
        }
    }

    private static RuleFailure overTime(String pack, String rule) {
        log.warn("Pack {}: the rules ran past the time limit of {} ms{}", pack, timeLimit.toMillis(),
                rule == null ? "" : " in rule '" + rule + "'");
        return new RuleFailure(RuleFailure.Kind.TIME_LIMIT, rule, "the rules did not finish within the time limit of "
                + timeLimit.toMillis() + " ms" + (rule == null ? "" : " (rule '" + rule + "' was firing)"));
    }

    private static Throwable root(Throwable t) {
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t;
    }
}
