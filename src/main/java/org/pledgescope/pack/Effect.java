package org.pledgescope.pack;

/** What a reading of an open question does to the use: restrict it, lift it, or nothing. */
public enum Effect {
    PROHIBITS,
    EXEMPTS,
    NONE
}
