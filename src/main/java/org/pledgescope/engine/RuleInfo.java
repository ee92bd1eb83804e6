package org.pledgescope.engine;

import com.fasterxml.jackson.annotation.JsonInclude;

/** A compiled rule and what it cites: its clause and/or open question, and where it is written. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record RuleInfo(String name, String clause, String question, String file, int line) {
}
