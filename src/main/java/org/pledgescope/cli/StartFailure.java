package org.pledgescope.cli;

import org.springframework.boot.web.server.PortInUseException;

/** Why {@code serve} could not start, in one line: the port in use, or the innermost cause's message. */
final class StartFailure {
    private StartFailure() {}

    static String describe(Throwable failure) {
        Throwable root = failure;
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof PortInUseException p) {
                return "port " + p.getPort() + " is already in use (choose another with --port)";
            }
            root = t;
        }
        String message = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        return message.lines().findFirst().orElse(message);
    }
}
