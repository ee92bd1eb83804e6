package org.pledgescope.api;

/** A {@code pledgescope.*} setting the service cannot start with; the message names it and says why. */
final class UnusableSettingException extends IllegalStateException {
    UnusableSettingException(String message) {
        super(message);
    }
}
