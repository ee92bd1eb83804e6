package org.pledgescope.cli;

/**
 * Keeps library logging off stdout in CLI runs: warnings and errors go to stderr only, through {@link CliLogs}
 * (logback stays for the service, for the tests, and for a run given {@code logback.configurationFile}).
 */
final class CliLogging {
    /** SLF4J's setting naming the logging it binds to. */
    static final String PROVIDER = "slf4j.provider";

    private CliLogging() {}

    static void quiet() {
        if (System.getProperty("logback.configurationFile") == null && System.getProperty(PROVIDER) == null) {
            System.setProperty(PROVIDER, CliLogs.class.getName());
            // SLF4J would otherwise say, on stderr, that it loads the provider named.
            System.setProperty("slf4j.internal.verbosity", "WARN");
        }
    }
}
