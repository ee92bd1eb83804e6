package org.pledgescope.engine.facts;

/**
 * A classification: this use falls within the pledge's reach on one {@link Aspect} — certainly when
 * {@code question} is null, or only if that open question is read broadly. {@code rule} inserted it.
 */
public record Scope(Aspect aspect, String question, String rule) {}
