package org.pledgescope.api.ruleset;

import java.nio.file.Path;
import org.pledgescope.diagnostics.Problem;

/**
 * What the API shows about the rules on disk. With the admin token: everything. Without it (and in health and
 * info, which have no token): paths relative to the rules directory, never an absolute path, and where a load
 * problem is ({@code pack/file:line}) but not its message, which may quote the file's text.
 */
final class Disclosure {
    static final String HIDDEN = "(the message is shown with the admin token)";

    private final String rulesDir;
    private final boolean admin;

    private Disclosure(String rulesDir, boolean admin) {
        this.rulesDir = rulesDir;
        this.admin = admin;
    }

    static Disclosure of(RuleSetHolder holder, boolean admin) {
        return new Disclosure(holder.rulesDirectoryName(), admin);
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
        return (p.line() > 0 ? file + ":" + p.line() : file) + ": " + HIDDEN;
    }

    private static String lastSegment(String path) {
        Path name = Path.of(path).getFileName();
        return name == null ? path : name.toString();
    }
}
