package org.pledgescope.engine;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
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

    private RuleGuard() {}

    /** Threads running a pack's rules past their time limit, even after the session was halted. */
    public static long stuckThreads() {
        return STUCK.get();
    }

    /** Starts watching a session that is about to fire: the watchdog halts it at the deadline. */
    static Watch watch(String pack, KieSession session, TimeLimit limit) {
        Watch watch = new Watch(pack, session, limit);
        long nanosLeft = limit.nanosLeft();
        if (nanosLeft <= 0) {
            watch.onDeadline();
        } else {
            watch.watchdog = WATCHDOG.schedule(watch::onDeadline, nanosLeft, TimeUnit.NANOSECONDS);
        }
        return watch;
    }

    /**
     * One firing under watch. {@link #stop()} before the session is disposed of (so a late watchdog cannot halt a
     * session that went back to the pool), then {@link #finish(String)}; {@link #failure} for what the rules threw.
     */
    static final class Watch {
        private final String pack;
        private final KieSession session;
        private final TimeLimit limit;
        private ScheduledFuture<?> watchdog;
        private boolean stopped;
        private boolean late;

        private Watch(String pack, KieSession session, TimeLimit limit) {
            this.pack = pack;
            this.session = session;
            this.limit = limit;
        }

        private synchronized void onDeadline() {
            if (!stopped && !late) {
                late = true;
                STUCK.incrementAndGet();
                session.halt();
            }
        }

        /** Ends the watch; idempotent. */
        synchronized void stop() {
            if (!stopped) {
                stopped = true;
                if (watchdog != null) {
                    watchdog.cancel(false);
                }
                if (late) {
                    STUCK.decrementAndGet();
                }
            }
        }

        /** Throws {@link RuleFailure} (TIME_LIMIT) if the rules ran past the deadline. */
        void finish(String firing) {
            stop();
            if (late) {
                throw overTime(pack, firing, limit);
            }
        }

        /** The failure to throw for what the rules threw: TIME_LIMIT if they were halted, else RULE_FAILED. */
        RuleFailure failure(Throwable thrown, String rule) {
            stop();
            if (late) {
                return overTime(pack, rule, limit);
            }
            if (LOGGED.size() < 1_000 && LOGGED.add(pack + "/" + rule)) {
                log.warn("Pack {}: rule {} failed", pack, rule == null ? "(matching)" : "'" + rule + "'", thrown);
            }
            return new RuleFailure(
                    RuleFailure.Kind.RULE_FAILED,
                    rule,
                    (rule == null ? "the rules failed while matching facts" : "rule '" + rule + "' failed") + " ("
                            + root(thrown).getClass().getSimpleName() + ")");
        }
    }

    private static RuleFailure overTime(String pack, String rule, TimeLimit limit) {
        long millis = limit.limit().toMillis();
        log.warn(
                "Pack {}: the rules ran past the time limit of {} ms{}",
                pack,
                millis,
                rule == null ? "" : " in rule '" + rule + "'");
        return new RuleFailure(
                RuleFailure.Kind.TIME_LIMIT,
                rule,
                "the rules did not finish within the time limit of " + millis + " ms"
                        + (rule == null ? "" : " (rule '" + rule + "' was firing)"));
    }

    private static Throwable root(Throwable t) {
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t;
    }
}
