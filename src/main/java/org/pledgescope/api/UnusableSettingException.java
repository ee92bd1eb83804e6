package org.pledgescope.api;

/** A {@code pledgescope.*} setting the service cannot start with; the message names it and says why. */
public final class UnusableSettingException extends IllegalStateException {
    public UnusableSettingException(String message) {
        super(message);
    }
}
