package org.pledgescope.api;

import java.io.EOFException;
import java.net.SocketTimeoutException;

/** A client that broke off its request, said in a few words for one log line. */
final class Aborts {
    private Aborts() {}

    /** Whether a read failed because nothing arrived within the read timeout (a stalled body, not a gone client). */
    static boolean stalled(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause() == c ? null : c.getCause()) {
            if (c instanceof SocketTimeoutException) {
                return true;
            }
        }
        return false;
    }

    static String describe(Throwable t) {
        if (t == null) {
            return "the connection failed";
        }
        for (Throwable c = t; c != null; c = c.getCause() == c ? null : c.getCause()) {
            if (c instanceof EOFException
                    || c.getMessage() != null && c.getMessage().contains("EOFException")) {
                return "the client closed the connection";
            }
        }
        String message = t.getMessage();
        return message == null || message.isBlank()
                ? "the connection failed"
                : message.lines().findFirst().orElse("");
    }
}
