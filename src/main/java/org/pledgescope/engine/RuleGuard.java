package org.pledgescope.engine;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.kie.api.runtime.KieSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs a pack's rules on one world under a time limit, so that a rule that throws or keeps firing costs the
 * caller an error, not its thread. The rules run on the caller's thread (a hand-off to another thread would cost
 * more than firing the rules); a watchdog halts the session at the deadline, which stops rules that keep
 * re-firing. An action stuck in a loop of its own cannot be stopped by the JVM: its thread is counted in
 * {@link #stuckThreads()} until it returns.
 */
public final class RuleGuard {
    private static final Logger log = LoggerFactory.getLogger(RuleGuard.class);
    private static final ScheduledThreadPoolExecutor WATCHDOG = new ScheduledThreadPoolExecutor(1, r -> {
        Thread t = new Thread(r, "rules-watchdog");
        t.setDaemon(true);
        return t;
    });
    private static final AtomicLong STUCK = new AtomicLong();
    private static final Set<String> LOGGED = ConcurrentHashMap.newKeySet();

    static {
        WATCHDOG.setRemoveOnCancelPolicy(true);
    }

    private RuleGuard() {
    }

    /** Threads running a pack's rules past their time limit, even after the session was halted. */
    public static long stuckThreads() {
        return STUCK.get();
    }

    /**
     * Runs {@code work} (which fires {@code session}) within {@code limit}; throws {@link RuleFailure} if it
     * throws or runs longer. {@code firing} names the rule firing at the time.
     */
    static void run(String pack, KieSession session, Supplier<String> firing, TimeLimit limit, Runnable work) {
        long nanosLeft = limit.nanosLeft();
        if (nanosLeft <= 0) {
            throw overTime(pack, null, limit);
        }
        AtomicInteger state = new AtomicInteger(); // 0 running, 1 finished, 2 past the deadline
        ScheduledFuture<?> watchdog = WATCHDOG.schedule(() -> {
            if (state.compareAndSet(0, 2)) {
                STUCK.incrementAndGet();
                session.halt();
            }
        }, nanosLeft, TimeUnit.NANOSECONDS);
        Throwable failure = null;
        try {
            work.run();
        } catch (RuntimeException | StackOverflowError e) {
            failure = e;
        } finally {
            watchdog.cancel(false);
        }
        if (!state.compareAndSet(0, 1)) {
            STUCK.decrementAndGet();
            throw overTime(pack, firing.get(), limit);
        }
        if (failure != null) {
            String rule = firing.get();
            if (LOGGED.size() < 1_000 && LOGGED.add(pack + "/" + rule)) {
                log.warn("Pack {}: rule {} failed", pack, rule == null ? "(matching)" : "'" + rule + "'", failure);
            }
            throw new RuleFailure(RuleFailure.Kind.RULE_FAILED, rule, (rule == null
                    ? "the rules failed while matching facts" : "rule '" + rule + "' failed")
                    + " (" + root(failure).getClass().getSimpleName() + ")");
        }
    }

    private static RuleFailure overTime(String pack, String rule, TimeLimit limit) {
        long millis = limit.limit().toMillis();
        log.warn("Pack {}: the rules ran past the time limit of {} ms{}", pack, millis,
                rule == null ? "" : " in rule '" + rule + "'");
        return new RuleFailure(RuleFailure.Kind.TIME_LIMIT, rule, "the rules did not finish within the time limit of "
                + millis + " ms" + (rule == null ? "" : " (rule '" + rule + "' was firing)"));
    }

    private static Throwable root(Throwable t) {
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t;
    }
}
