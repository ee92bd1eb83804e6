package org.pledgescope.api.coverage;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import org.pledgescope.batch.BudgetSpentException;
import org.pledgescope.verdict.Decision;

/**
 * The evaluation time one batch request may spend, summed over its queries (on any thread): once it is spent,
 * each further query is answered with an error instead of being evaluated. Bounds the CPU a request can cause.
 */
final class EvaluationBudget {
    private final Duration limit;
    private final AtomicLong spentNanos = new AtomicLong();

    EvaluationBudget(Duration limit) {
        this.limit = limit;
    }

    <T> Function<T, Decision> guard(Function<T, Decision> decide) {
        return query -> {
            if (spentNanos.get() >= limit.toNanos()) {
                throw new BudgetSpentException("not evaluated: this request has spent its evaluation budget of "
                        + limit.toMillis() + " ms; send the remaining queries in another request");
            }
            long start = System.nanoTime();
            try {
                return decide.apply(query);
            } finally {
                spentNanos.addAndGet(System.nanoTime() - start);
            }
        };
    }
}
