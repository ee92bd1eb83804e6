package org.pledgescope.verdict;

import java.util.Set;

/**
 * COVERED: the pledge restricts this use. NOT_COVERED: it does not, or an exception lifts it.
 * UNDETERMINED: the answer hinges on an open question or a missing fact, which the result names.
 */
public enum Verdict {
    COVERED,
    NOT_COVERED,
    UNDETERMINED;

    /** The verdict of one fully known world: any EXEMPTS wins, then any PROHIBITS, else not reached. */
    static Verdict ofWorld(boolean anyExempts, boolean anyProhibits) {
        return anyExempts ? NOT_COVERED : anyProhibits ? COVERED : NOT_COVERED;
    }

    /** One verdict for a set of worlds: theirs if they all agree, else UNDETERMINED. */
    static Verdict agreeing(Set<Verdict> verdicts) {
        return verdicts.size() == 1 ? verdicts.iterator().next() : UNDETERMINED;
    }
}
