package org.pledgescope.engine.facts;

import java.time.LocalDate;

/** The pledge being evaluated: its id and the date of its first statement ({@code announced}). */
public record Pledge(String id, LocalDate announced) {}
