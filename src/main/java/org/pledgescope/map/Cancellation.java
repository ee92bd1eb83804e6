package org.pledgescope.map;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import org.pledgescope.verdict.PledgeResult;

/**
 * What bounds one map or diff while it is made, checked once per cell (a world the rules tell apart) and once per
 * merging pass: the caller may cancel it (its client left), it stops at a deadline, it refuses a selection of more
 * cells than the caller allows, and it tells the caller of every cell whose rules failed (a map holding one is an
 * answer, but not one to keep).
 */
public final class Cancellation {
    private final long deadline;
    private final Duration time;
    private final long maxCells;
    private final String limitName;
    private final Consumer<PledgeResult> onRuleFailure;
    private final AtomicLong ruleFailures = new AtomicLong();
    private final boolean bounded;
    private volatile String cancelled;

    private Cancellation(
            Duration time, long maxCells, String limitName, Consumer<PledgeResult> onRuleFailure, boolean bounded) {
        this.time = time;
        this.deadline = time == null ? 0 : System.nanoTime() + time.toNanos();
        this.maxCells = maxCells;
        this.limitName = limitName;
        this.onRuleFailure = onRuleFailure;
        this.bounded = bounded;
    }

    /** No deadline, no limit but the map's own, failures only counted: what the command line uses. */
    public static Cancellation none() {
        return new Cancellation(null, Long.MAX_VALUE, "", r -> {}, false);
    }

    /**
     * Stops after {@code time} from now; refuses a selection of more than {@code maxCells} cells, naming the limit as
     * {@code limitName}; hands every cell's result that carries a rule error to {@code onRuleFailure}.
     */
    public static Cancellation within(
            Duration time, long maxCells, String limitName, Consumer<PledgeResult> onRuleFailure) {
        return new Cancellation(time, maxCells, limitName, onRuleFailure, true);
    }

    /** Stops the work at its next check; the first reason given is kept. Idempotent. */
    public void cancel(String why) {
        if (cancelled == null) {
            cancelled = why;
        }
    }

    /**
     * Whether the work is bounded (a service's map or diff): then it does only work it can stop, on the threads it
     * runs on — it does not first fill the pack's whole decision table on every core, as the command line does.
     */
    boolean bounded() {
        return bounded;
    }

    /** Cells whose rules failed (threw or ran out of time) so far. */
    public long ruleFailures() {
        return ruleFailures.get();
    }

    void admit(long cells) {
        if (cells > maxCells) {
            throw new MapException(
                    "where",
                    "the selection has " + cells + " cells of worlds the rules tell apart, over " + limitName + " of "
                            + maxCells + "; fix some facts with where (FACT=VALUE) or give both asKnownOn and useDate");
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
