package org.pledgescope.query;

/** One problem with one field of a query; {@code field} is the dotted path, e.g. {@code agency.type}. */
public record FieldError(String field, String message) {
    @Override
    public String toString() {
        return field.isEmpty() ? message : field + ": " + message;
    }
}
