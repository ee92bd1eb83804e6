package org.pledgescope.cli;

/** Exit codes shared by every command. */
final class ExitCode {
    static final int OK = 0;
    /** Some input was rejected (a bad query, a batch line) or a scenario failed. */
    static final int REJECTED = 1;
    /** The rule set or a suite could not be loaded. */
    static final int LOAD_ERROR = 2;
    /** Standard output could not be written (a full disk, a device error): the run stopped, its output is incomplete. */
    static final int OUTPUT_ERROR = 3;
    /**
     * Standard output is a pipe whose reader closed it ({@code … | head -4}): an ordinary end, so nothing is said.
     * 141 is what a shell reports for a Unix tool stopped by SIGPIPE (128 + 13, as {@code yes | head -1} gives), so a
     * script under {@code set -o pipefail} sees this command as it sees theirs.
     */
    static final int CLOSED_PIPE = 141;
    /** {@code serve} could not start the service (its port in use, a bad decision log path…): one line on stderr. */
    static final int SERVE_FAILED = 4;
    /** {@code serve} started the service: the process stays up until it is stopped. */
    static final int SERVING = -1;

    private ExitCode() {}
}
