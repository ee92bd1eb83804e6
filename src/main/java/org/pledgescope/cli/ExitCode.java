package org.pledgescope.cli;

/** Exit codes shared by every command. */
final class ExitCode {
    static final int OK = 0;
    /** Some input was rejected (a bad query, a batch line) or a scenario failed. */
    static final int REJECTED = 1;
    /** The rule set or a suite could not be loaded. */
    static final int LOAD_ERROR = 2;
    /** Standard output could not be written (a full disk, a closed pipe): the run stopped, its output is incomplete. */
    static final int OUTPUT_ERROR = 3;
    /** {@code serve} could not start the service (its port in use, a bad decision log path…): one line on stderr. */
    static final int SERVE_FAILED = 4;
    /** {@code serve} started the service: the process stays up until it is stopped. */
    static final int SERVING = -1;

    private ExitCode() {}
}
