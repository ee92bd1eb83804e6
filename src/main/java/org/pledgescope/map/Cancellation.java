package org.pledgescope.map;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import org.pledgescope.verdict.PledgeResult;

/**
 * What bounds one map or diff while it is made, checked once per world and once per merging pass: the caller may
 * cancel it (its client left), it stops at a deadline, it refuses a selection of more worlds than the caller allows,
 * and it tells the caller of every world whose rules failed (a map holding one is an answer, but not one to keep).
 */
public final class Cancellation {
    private final long deadline;
    private final Duration time;
    private final long maxWorlds;
    private final String limitName;
    private final Consumer<PledgeResult> onRuleFailure;
    private final AtomicLong ruleFailures = new AtomicLong();
    private volatile String cancelled;

    private Cancellation(Duration time, long maxWorlds, String limitName, Consumer<PledgeResult> onRuleFailure) {
        this.time = time;
        this.deadline = time == null ? 0 : System.nanoTime() + time.toNanos();
        this.maxWorlds = maxWorlds;
        this.limitName = limitName;
        this.onRuleFailure = onRuleFailure;
    }

    /** No deadline, no limit but the map's own, failures only counted: what the command line uses. */
    public static Cancellation none() {
        return new Cancellation(null, Long.MAX_VALUE, "", r -> {});
    }

    /**
     * Stops after {@code time} from now; refuses a selection of more than {@code maxWorlds} worlds, naming the limit
     * as {@code limitName}; hands every world result that carries a rule error to {@code onRuleFailure}.
     */
    public static Cancellation within(
            Duration time, long maxWorlds, String limitName, Consumer<PledgeResult> onRuleFailure) {
        return new Cancellation(time, maxWorlds, limitName, onRuleFailure);
    }

    /** Stops the work at its next check; the first reason given is kept. Idempotent. */
    public void cancel(String why) {
        if (cancelled == null) {
            cancelled = why;
        }
    }

    /** Worlds whose rules failed (threw or ran out of time) so far. */
    public long ruleFailures() {
        return ruleFailures.get();
    }

    void admit(long worlds) {
        if (worlds > maxWorlds) {
            throw new MapException(
                    "where",
                    "the selection has " + worlds + " cells of worlds the rules tell apart, over " + limitName + " of "
                            + maxWorlds
                            + "; fix some facts with where (FACT=VALUE) or give both asKnownOn and useDate");
        }
    }

    void check() {
        String why = cancelled;
        if (why != null) {
            throw new Stopped(why, false);
        }
        if (time != null && System.nanoTime() - deadline > 0) {
            throw new Stopped("it ran past its time limit of " + time.toMillis() + " ms", true);
        }
    }

    void evaluated(PledgeResult result) {
        if (result.error() != null) {
            ruleFailures.incrementAndGet();
            onRuleFailure.accept(result);
        }
    }

    /** Thrown out of a map or diff being made once it is cancelled or past its deadline. */
    public static final class Stopped extends RuntimeException {
        private final boolean timedOut;

        Stopped(String why, boolean timedOut) {
            super("the map was stopped: " + why, null, false, false);
            this.timedOut = timedOut;
        }

        /** Whether the deadline stopped it (else a cancel). */
        public boolean timedOut() {
            return timedOut;
        }
    }
}
