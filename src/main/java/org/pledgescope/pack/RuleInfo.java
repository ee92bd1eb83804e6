package org.pledgescope.pack;

import com.fasterxml.jackson.annotation.JsonInclude;

/** A rule of a pack and what it cites: its clause and/or open question, and where it is written. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record RuleInfo(String name, String clause, String question, String file, int line) {}
