package org.pledgescope.pack;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;

/**
 * Which later statement settled an open question (wholly, with the reading it confirmed, or in part).
 * Informational: the rules themselves test which statements are known.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Settlement(String statement, LocalDate on, String reading, boolean partial, String note) {}
