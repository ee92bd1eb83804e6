package org.pledgescope.scenario;

import java.util.List;

/** One suite file: its title and its scenarios, in file order. */
public record Suite(String file, String name, List<Scenario> scenarios) {
    public Suite {
        scenarios = List.copyOf(scenarios);
    }
}
