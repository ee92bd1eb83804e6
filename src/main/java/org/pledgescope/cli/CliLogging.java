package org.pledgescope.cli;

/** Keeps library logging off stdout in CLI runs: warnings and errors go to stderr only. */
final class CliLogging {
    /** Set for a CLI run: {@link CliLogbackConfigurator} configures logback. */
    static final String PROPERTY = "pledgescope.cli-logging";

    private CliLogging() {}

    static void quiet() {
        if (System.getProperty("logback.configurationFile") == null) {
            System.setProperty(PROPERTY, "quiet");
        }
    }
}
