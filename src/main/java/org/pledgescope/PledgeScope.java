package org.pledgescope;

public class PledgeScope {
    public static void main(String[] args) {
        // Before the CLI's classes load: a seconds-long command may run in a JVM set for it (see QuickJvm).
        org.pledgescope.cli.QuickJvm.runThereIfBetter(args);
        org.pledgescope.cli.Cli.main(args);
    }
}
