package org.pledgescope.api.coverage;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import org.pledgescope.batch.BudgetSpentException;
import org.pledgescope.batch.LineBudget;
import org.pledgescope.verdict.Decision;

/**
 * The evaluation time one batch request may spend, summed over its queries (on any thread): once it is spent,
 * each further query is answered with an error instead of being evaluated. Bounds the CPU a request can cause. An
 * NDJSON stream charges every line to it, a refused one too ({@link LineBudget}).
 */
final class EvaluationBudget implements LineBudget {
    private final Duration limit;
    private final AtomicLong spentNanos = new AtomicLong();

    EvaluationBudget(Duration limit) {
        this.limit = limit;
    }

    <T> Function<T, Decision> guard(Function<T, Decision> decide) {
        return query -> {
            check();
            long start = System.nanoTime();
            try {
                return decide.apply(query);
            } finally {
                charge(System.nanoTime() - start);
            }
        };
    }

    @Override
    public void check() {
        if (spentNanos.get() >= limit.toNanos()) {
            throw new BudgetSpentException("not evaluated: this request has spent its evaluation budget of "
                    + limit.toMillis() + " ms; send the remaining queries in another request");
        }
    }

    @Override
    public void charge(long nanos) {
        spentNanos.addAndGet(nanos);
    }
}
