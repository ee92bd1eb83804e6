package org.pledgescope.query;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;

/** The contract under which the use happens; {@code signedOn} null means unknown. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Contract(LocalDate signedOn) {
    public static final Contract UNKNOWN = new Contract(null);
}
