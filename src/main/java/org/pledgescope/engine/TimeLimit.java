package org.pledgescope.engine;

import java.time.Duration;

/** How long one pack's rules may run for one query, and when that time is up ({@link System#nanoTime()}). */
public record TimeLimit(Duration limit, long deadline) {
    /** The default: two seconds for one pack's rules on one world. */
    public static final Duration DEFAULT = Duration.ofSeconds(2);

    public static TimeLimit startingNow(Duration limit) {
        if (limit.isNegative() || limit.isZero()) {
            throw new IllegalArgumentException("the rule time limit must be positive: " + limit);
        }
        return new TimeLimit(limit, System.nanoTime() + limit.toNanos());
    }

    long nanosLeft() {
        return deadline - System.nanoTime();
    }
}
