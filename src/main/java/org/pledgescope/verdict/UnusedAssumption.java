package org.pledgescope.verdict;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * An {@code assume} that took no part in the verdict: no finding in any world raised its question. When a
 * statement known and applying to the use settled the question, {@code settledBy} names it and
 * {@code settledReading} the reading it confirmed (null when it settled the question only in part).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record UnusedAssumption(String question, String reading, String settledBy, String settledReading) {}
