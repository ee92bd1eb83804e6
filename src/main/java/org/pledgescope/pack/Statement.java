package org.pledgescope.pack;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.util.List;

/**
 * A dated public statement of the pledge: who said it, when, where, the term it sets and its clauses.
 * {@code kind} is null for the pledge's first statement; {@code appliesFrom} is set for an amendment only
 * (its first use date, by default the day it was published).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Statement(
        String id,
        String title,
        String publisher,
        LocalDate published,
        String url,
        Term term,
        List<Clause> clauses,
        StatementKind kind,
        LocalDate appliesFrom) {

    /** Whether the statement, once known, bears on a use on {@code useDate}: an amendment only from its date. */
    public boolean appliesTo(LocalDate useDate) {
        return kind != StatementKind.AMENDMENT || !useDate.isBefore(appliesFrom);
    }
}
