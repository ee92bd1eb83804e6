package org.pledgescope.pack;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;

/**
 * A quoted passage of a statement. {@code id} is global: {@code <statement-id>#<local-id>}. {@code appliesFrom}
 * is set only on a clause of an amendment that applies from a later day than the amendment itself (semantics
 * rule 6): such a clause reaches uses from that day on.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Clause(String id, String statementId, String text, LocalDate appliesFrom) {

    /** Whether the clause reaches a use on {@code useDate}, as far as its own date goes. */
    public boolean appliesTo(LocalDate useDate) {
        return appliesFrom == null || !useDate.isBefore(appliesFrom);
    }
}
