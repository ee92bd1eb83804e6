package org.pledgescope.query;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * One coverage question: does the pledge (or every loaded pledge, when {@code pledge} is null) cover
 * this use? Dates are always filled (defaults applied by {@link QueryBinder}); the other facts may be
 * null, meaning unknown.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Query(
        String pledge,
        LocalDate useDate,
        LocalDate asKnownOn,
        Agency agency,
        Activity activity,
        Capability capability,
        Purpose purpose,
        Contract contract,
        @JsonInclude(JsonInclude.Include.ALWAYS) Map<String, String> assume) {

    public Query {
        Objects.requireNonNull(useDate, "useDate");
        Objects.requireNonNull(asKnownOn, "asKnownOn");
        agency = agency == null ? Agency.UNKNOWN : agency;
        contract = contract == null ? Contract.UNKNOWN : contract;
        assume = assume == null ? Map.of() : java.util.Collections.unmodifiableMap(new TreeMap<>(assume));
    }
}
