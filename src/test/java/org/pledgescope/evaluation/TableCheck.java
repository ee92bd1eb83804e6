package org.pledgescope.evaluation;

import java.util.ArrayList;
import java.util.List;
import java.util.function.LongConsumer;
import org.pledgescope.json.Json;
import org.pledgescope.query.Query;
import org.pledgescope.verdict.Decision;

/** Compares answers read from the decision tables with firing the rules afresh for every world, on random queries. */
public final class TableCheck {
    private TableCheck() {}

    /** How many queries differed, and the first ten described. */
    public record Result(long differences, List<String> described) {}

    public static Result run(RuleSet rules, long seed, int n, LongConsumer progress) {
        RandomQueries queries = new RandomQueries(rules, seed);
        Evaluator fast = new Evaluator();
        Evaluator direct = Evaluator.direct();
        List<String> out = new ArrayList<>();
        long count = 0;
        for (int i = 0; i < n; i++) {
            Query q = queries.next();
            Decision a = fast.evaluate(rules, q);
            Decision b = direct.evaluate(rules, q);
            if (!a.results().equals(b.results())) {
                count++;
                if (out.size() < 10) {
                    out.add("query " + i + " " + Json.MAPPER.writeValueAsString(q) + "\n fast:   "
                            + Json.MAPPER.writeValueAsString(a.results()) + "\n direct: "
                            + Json.MAPPER.writeValueAsString(b.results()));
                }
            }
            if ((i + 1) % 100_000 == 0) {
                progress.accept(i + 1);
            }
        }
        return new Result(count, out);
    }
}
