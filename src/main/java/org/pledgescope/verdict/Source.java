package org.pledgescope.verdict;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;

/** Where a quoted clause comes from. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Source(String statement, String title, String publisher, LocalDate published, String url) {}
