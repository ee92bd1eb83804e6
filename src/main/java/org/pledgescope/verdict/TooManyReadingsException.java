package org.pledgescope.verdict;

import java.util.List;

/**
 * The open questions raised for one use have too many combinations of readings to weigh against every world
 * within the limit: the verdict is not computed rather than guessed or left to run without end.
 */
public final class TooManyReadingsException extends RuntimeException {
    private final List<String> questions;
    private final long cells;
    private final long limit;

    TooManyReadingsException(List<String> questions, long cells, long limit) {
        super(questions.size() + " open questions raised");
        this.questions = List.copyOf(questions);
        this.cells = cells;
        this.limit = limit;
    }

    /** The free (not assumed) open questions raised, by id. */
    public List<String> questions() {
        return questions;
    }

    /** Worlds × combinations of readings, counted until past the limit: a lower bound once over it. */
    public long cells() {
        return cells;
    }

    public long limit() {
        return limit;
    }
}
