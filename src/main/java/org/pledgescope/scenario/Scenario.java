package org.pledgescope.scenario;

import org.pledgescope.query.Query;

/** One scenario of a suite: a query (suite defaults merged in) and what its result must be. */
public record Scenario(String file, int line, String suite, String name, Query query, Expectation expect) {
    /** {@code file:line}, where the scenario starts. */
    public String location() {
        return file + ":" + line;
    }
}
