package org.pledgescope.engine.facts;

/** The parts of a use a pledge's scope can be about. */
public enum Aspect {
    AGENCY,
    CAPABILITY,
    PLACE,
    PURPOSE,
    OFFERING
}
