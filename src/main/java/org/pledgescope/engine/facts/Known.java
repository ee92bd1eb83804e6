package org.pledgescope.engine.facts;

/** A statement of the pledge published on or before the query's {@code asKnownOn}. */
public final class Known {
    private final String statement;

    public Known(String statement) {
        this.statement = statement;
    }

    public String getStatement() {
        return statement;
    }

    @Override
    public String toString() {
        return "Known[" + statement + "]";
    }
}
