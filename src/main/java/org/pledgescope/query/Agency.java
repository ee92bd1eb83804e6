package org.pledgescope.query;

import com.fasterxml.jackson.annotation.JsonInclude;

/** Who uses the technology. Every field may be null: an omitted fact is unknown, not false. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Agency(String name, AgencyType type, String country) {
    public static final Agency UNKNOWN = new Agency(null, null, null);
}
