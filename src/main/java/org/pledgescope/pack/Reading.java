package org.pledgescope.pack;

/** One way to read an open question, and its effect on a use that hinges on it. */
public record Reading(String id, String says, Effect effect) {}
