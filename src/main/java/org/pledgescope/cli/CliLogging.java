package org.pledgescope.cli;

/** Keeps library logging off stdout in CLI runs: warnings and errors go to stderr only. */
final class CliLogging {
    private CliLogging() {}

    static void quiet() {
        if (System.getProperty("logback.configurationFile") == null) {
            System.setProperty("logback.configurationFile", "pledgescope-cli-logback.xml");
        }
    }
}
