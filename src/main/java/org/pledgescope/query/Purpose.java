package org.pledgescope.query;

/** Why the technology is used. */
public enum Purpose {
    CRIMINAL_INVESTIGATION, MISSING_PERSONS, HUMAN_TRAFFICKING_VICTIMS, SURVEILLANCE, IMMIGRATION,
    IDENTITY_VERIFICATION, OTHER
}
