package org.pledgescope.engine.facts;

/** What one rule cites in its metadata: a clause ({@code @clause}) and/or an open question ({@code @question}). */
public record Citation(String rule, String clause, String question) {}
