package org.pledgescope.diagnostics;

import java.util.ArrayList;
import java.util.List;

/** Collects every problem found while reading files, so a user sees all of them at once. */
public final class Problems {
    private final List<Problem> list = new ArrayList<>();

    public void add(String file, int line, String message) {
        list.add(new Problem(file, line, message));
    }

    public void add(Problem p) {
        list.add(p);
    }

    public void addAll(List<Problem> problems) {
        list.addAll(problems);
    }

    public boolean isEmpty() {
        return list.isEmpty();
    }

    public List<Problem> sorted() {
        return list.stream().sorted().toList();
    }
}
