package org.pledgescope.engine.facts;

import java.time.LocalDate;

/** The pledge being evaluated: its id and the date of its first statement ({@code announced}). */
public final class Pledge {
    private final String id;
    private final LocalDate announced;

    public Pledge(String id, LocalDate announced) {
        this.id = id;
        this.announced = announced;
    }

    public String getId() {
        return id;
    }

    public LocalDate getAnnounced() {
        return announced;
    }
}
