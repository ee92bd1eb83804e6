package org.pledgescope.query;

import java.util.List;

/** A fact known only to be one of a named value set's values ({@code "agency": {"type": "police"}}). */
public record OneOf(String set, List<String> values) {
    public OneOf {
        values = List.copyOf(values);
    }
}
