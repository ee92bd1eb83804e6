package org.pledgescope.engine.facts;

import java.time.LocalDate;
import org.pledgescope.query.Activity;
import org.pledgescope.query.AgencyType;
import org.pledgescope.query.Capability;
import org.pledgescope.query.Purpose;

/**
 * One fully known world of facts the rules see. Unknown query facts have been replaced by one candidate
 * value each, so no field is null but {@code contractSignedOn} when no contract date applies.
 * {@code country} is an ISO code; "ZZ" stands for "some country other than the US".
 */
public record Use(AgencyType agencyType, String country, Activity activity, Capability capability, Purpose purpose,
                  LocalDate contractSignedOn, LocalDate useDate) {

    /** The same world on another use date (null: a date no rule may read). */
    public Use withUseDate(LocalDate day) {
        return new Use(agencyType, country, activity, capability, purpose, contractSignedOn, day);
    }
}
