package org.pledgescope.api;

import java.io.EOFException;

/** A client that broke off its request, said in a few words for one log line. */
final class Aborts {
    private Aborts() {}

    static String describe(Throwable t) {
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
