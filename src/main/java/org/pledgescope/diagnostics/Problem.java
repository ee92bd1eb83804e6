package org.pledgescope.diagnostics;

/** One problem in a source file, printed as {@code file:line: message} (line 1-based, 0 if unknown). */
public record Problem(String file, int line, String message) implements Comparable<Problem> {
    @Override
    public String toString() {
        return line > 0 ? file + ":" + line + ": " + message : file + ": " + message;
    }

    @Override
    public int compareTo(Problem o) {
        int c = file.compareTo(o.file);
        return c != 0 ? c : Integer.compare(line, o.line);
    }
}
