package org.pledgescope.verdict;

import java.util.List;
import java.util.Map;

/**
 * The findings of one world of facts. {@code unknowns} gives, for each omitted query field, the value
 * (as shown to users) this world tried for it.
 */
public record WorldOutcome(Map<String, String> unknowns, List<Finding> findings) {}
