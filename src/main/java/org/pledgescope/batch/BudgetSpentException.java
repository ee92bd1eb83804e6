package org.pledgescope.batch;

/**
 * A query of a batch left unevaluated because the request spent its evaluation budget: the answer to that item
 * says so, and the client sends the rest again in another request.
 */
public final class BudgetSpentException extends RuntimeException {
    public BudgetSpentException(String message) {
        super(message, null, false, false);
    }
}
