package org.pledgescope.map;

/** A map or diff that cannot be made as asked: a bad --where, an unknown pack, a selection too large. */
public final class MapException extends RuntimeException {
    private final String field;

    public MapException(String message) {
        this(null, message);
    }

    public MapException(String field, String message) {
        super(message);
        this.field = field;
    }

    /** The option or parameter at fault ("where", "asKnownOn", "id"), or null. */
    public String field() {
        return field;
    }
}
