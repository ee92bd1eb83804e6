package org.pledgescope.api.ruleset;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Path;
import org.pledgescope.diagnostics.Problem;

/**
 * What the API shows about the rules on disk. With the admin token: everything. Without it (and in health and
 * info, which have no token): paths relative to the rules directory, never an absolute path, and where a load
 * problem is ({@code pack/file:line}) but not its message, which may quote the file's text, unless the service
 * listens on the loopback interface only: then every caller is on this machine, as the analyst at their own desk
 * running {@code serve --watch} is, and a failed reload's message is shown to them (paths still relative).
 */
final class Disclosure {
    static final String HIDDEN = "(the message is shown with the admin token)";

    private final String rulesDir;
    private final boolean admin;
    private final boolean messages;

    private Disclosure(String rulesDir, boolean admin, boolean messages) {
        this.rulesDir = rulesDir;
        this.admin = admin;
        this.messages = admin || messages;
    }

    static Disclosure of(RuleSetHolder holder, boolean admin) {
        return of(holder, admin, false);
    }

    /** {@code loopbackOnly}: the service listens on the loopback interface only, so a problem's message is shown. */
    static Disclosure of(RuleSetHolder holder, boolean admin, boolean loopbackOnly) {
        return new Disclosure(holder.rulesDirectoryName(), admin, loopbackOnly);
    }

    /** Whether {@code server.address} keeps the service on this machine (127.0.0.1, ::1, localhost); unset: no. */
    static boolean loopbackOnly(String serverAddress) {
        if (serverAddress == null || serverAddress.isBlank()) {
            return false;
        }
        try {
            return InetAddress.getByName(serverAddress.strip()).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }

    /** Where the rules come from: the directory as configured, or (without the token) only its own name. */
    String location(String location) {
        return admin || location == null || !Path.of(location).isAbsolute() ? location : lastSegment(location);
    }

    String problem(Problem p) {
        if (admin) {
            return p.toString();
        }
        String file = p.file();
        if (rulesDir != null && file.startsWith(rulesDir + "/")) {
            file = file.substring(rulesDir.length() + 1);
        } else if (Path.of(file).isAbsolute()) {
            file = lastSegment(file);
        }
        return (p.line() > 0 ? file + ":" + p.line() : file) + ": " + (messages ? p.message() : HIDDEN);
    }

    private static String lastSegment(String path) {
        Path name = Path.of(path).getFileName();
        return name == null ? path : name.toString();
    }
}
