package org.pledgescope.verdict;

/**
 * What a rule found. PROHIBITS: a clause restricts the use. EXEMPTS: an exception clause lifts it.
 * OPEN: the outcome hinges on a named open question (its reading gives the effect). LIMITS: a clause sets
 * the pledge's reach and leaves this use outside it (informational; it never changes a verdict).
 */
public enum FindingKind {
    PROHIBITS,
    EXEMPTS,
    OPEN,
    LIMITS
}
