package org.pledgescope.vocabulary;

/** One value of an enumeration fact: its exact id and what it means. */
public record FactValue(String id, String description) {}
