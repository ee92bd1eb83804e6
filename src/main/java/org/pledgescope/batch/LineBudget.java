package org.pledgescope.batch;

/**
 * What answering the lines of one request may spend, summed over every line whatever its answer: a line refused
 * for its syntax costs time too, and a stream of them must not be free. The service gives each NDJSON request one;
 * the CLI's {@code batch} has none ({@link #NONE}).
 */
public interface LineBudget {
    LineBudget NONE = new LineBudget() {
        @Override
        public void check() {}

        @Override
        public void charge(long nanos) {}
    };

    /** Throws {@link BudgetSpentException} once the budget is spent. */
    void check();

    /** Counts {@code nanos} spent on one line. */
    void charge(long nanos);
}
