package org.pledgescope.pack;

/**
 * What a statement later than the pledge's first does. A clarification says what the pledge meant from the
 * start; an amendment adds a commitment or changes the term from its own date (semantics rule 6).
 */
public enum StatementKind {
    CLARIFICATION,
    AMENDMENT
}
