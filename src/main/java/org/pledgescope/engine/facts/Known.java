package org.pledgescope.engine.facts;

/** A statement of the pledge published on or before the query's {@code asKnownOn} and applying to its use date. */
public record Known(String statement) {}
