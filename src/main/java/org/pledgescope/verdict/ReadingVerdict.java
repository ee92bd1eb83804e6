package org.pledgescope.verdict;

import org.pledgescope.pack.Effect;

/** The verdict when an open question is read one way (other unknowns left open). */
public record ReadingVerdict(String id, String says, Effect effect, Verdict verdict) {}
