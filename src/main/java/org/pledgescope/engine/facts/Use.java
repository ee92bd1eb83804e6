package org.pledgescope.engine.facts;

import java.time.LocalDate;
import org.pledgescope.query.Activity;
import org.pledgescope.query.AgencyType;
import org.pledgescope.query.Capability;
import org.pledgescope.query.Purpose;

/**
 * One fully known world of facts the rules see. Unknown query facts have been replaced by one candidate
 * value each, so no field is null except {@code contractSignedOn} when no contract is involved.
 * {@code country} is an ISO code; "ZZ" stands for "some country other than the US".
 */
public final class Use {
    private final AgencyType agencyType;
    private final String country;
    private final Activity activity;
    private final Capability capability;
    private final Purpose purpose;
    private final LocalDate contractSignedOn;
    private final LocalDate useDate;

    public Use(AgencyType agencyType, String country, Activity activity, Capability capability, Purpose purpose,
               LocalDate contractSignedOn, LocalDate useDate) {
        this.agencyType = agencyType;
        this.country = country;
        this.activity = activity;
        this.capability = capability;
        this.purpose = purpose;
        this.contractSignedOn = contractSignedOn;
        this.useDate = useDate;
    }

    public AgencyType getAgencyType() {
        return agencyType;
    }

    public String getCountry() {
        return country;
    }

    public Activity getActivity() {
        return activity;
    }

    public Capability getCapability() {
        return capability;
    }

    public Purpose getPurpose() {
        return purpose;
    }

    public LocalDate getContractSignedOn() {
        return contractSignedOn;
    }

    public LocalDate getUseDate() {
        return useDate;
    }

    /** True when the contract was signed before {@code day} (false when there is no contract date). */
    public boolean contractSignedBefore(LocalDate day) {
        return contractSignedOn != null && contractSignedOn.isBefore(day);
    }

    @Override
    public String toString() {
        return "Use[" + agencyType + ", " + country + ", " + activity + ", " + capability + ", " + purpose + ", "
                + contractSignedOn + ", " + useDate + "]";
    }
}
