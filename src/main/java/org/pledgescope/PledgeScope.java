package org.pledgescope;

public class PledgeScope {
    public static void main(String[] args) {
        org.pledgescope.cli.Cli.main(args);
    }
}
