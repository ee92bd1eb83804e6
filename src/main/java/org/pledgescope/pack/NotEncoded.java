package org.pledgescope.pack;

/**
 * A statement of the public record, or a passage of one, that the pack deliberately leaves out, and why
 * ({@code notEncoded:} in pack.yaml). With the statements, it accounts for the whole record of the pledge.
 */
public record NotEncoded(String record, String reason) {}
