package org.pledgescope.bundle;

import java.util.List;
import org.pledgescope.diagnostics.Problem;

/**
 * A bundle that failed a check and is not used. {@code check} names the check ({@code size}, {@code archive},
 * {@code entries}, {@code signature}, {@code manifest}, {@code files}, {@code rules}); the message says what was found.
 * {@code problems} lists the rules' load problems for the {@code rules} check.
 */
public final class BundleRefusedException extends RuntimeException {
    private final String check;
    private final List<Problem> problems;

    public BundleRefusedException(String check, String message) {
        this(check, message, List.of());
    }

    public BundleRefusedException(String check, String message, List<Problem> problems) {
        super("bundle refused (" + check + " check): " + message);
        this.check = check;
        this.problems = List.copyOf(problems);
    }

    /** Which check failed. */
    public String check() {
        return check;
    }

    public List<Problem> problems() {
        return problems;
    }
}
