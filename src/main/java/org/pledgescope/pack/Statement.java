package org.pledgescope.pack;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.util.List;

/** A dated public statement of the pledge: who said it, when, where, the term it sets and its clauses. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Statement(String id, String title, String publisher, LocalDate published, String url, Term term,
                        List<Clause> clauses) {
}
