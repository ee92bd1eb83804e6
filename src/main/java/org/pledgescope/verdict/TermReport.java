package org.pledgescope.verdict;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;

/** The term in force as of {@code asKnownOn}, and the statement (and clause) that set it. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record TermReport(LocalDate from, LocalDate until, boolean untilFurtherNotice, String setBy, String clause) {}
