package org.pledgescope.vocabulary;

import java.util.Locale;

/** What kind of value a fact holds. */
public enum FactKind {
    /** One of the fact's declared values, by its exact id. */
    ENUMERATION,
    /** An ISO date (YYYY-MM-DD). */
    DATE,
    /** An ISO 3166-1 alpha-2 country code. */
    COUNTRY,
    /** true or false. */
    BOOLEAN,
    /** Free text, shown back to the caller; never read by a rule, never quantified when omitted. */
    TEXT;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
