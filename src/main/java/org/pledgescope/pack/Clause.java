package org.pledgescope.pack;

/** A quoted passage of a statement. {@code id} is global: {@code <statement-id>#<local-id>}. */
public record Clause(String id, String statementId, String text) {
}
