package org.pledgescope.pack;

import java.util.Locale;

/**
 * The largest files a rules directory may hold, checked before a file is read: each is far above what a pack
 * needs (the shipped pack.yaml files are about 10 KB) and small enough that reading, parsing and compiling stay
 * quick (the YAML parser's time grows with the square of a line's length: a 1 MiB line takes it about a second).
 */
final class FileLimits {
    static final long YAML = 1024 * 1024;
    static final long DRL = 1024 * 1024;
    static final long CSV = 1024 * 1024;
    static final long XLSX = 4 * 1024 * 1024;
    /** All the files of one rules directory together. */
    static final long TOTAL = 16 * 1024 * 1024;

    private FileLimits() {}

    /** The limit for a file of this name. */
    static long of(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        if (n.endsWith(".xlsx")) {
            return XLSX;
        }
        if (n.endsWith(".csv")) {
            return CSV;
        }
        if (n.endsWith(".drl")) {
            return DRL;
        }
        return YAML;
    }

    /** What kind of file a limit is for, as an error names it. */
    static String kind(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        if (n.endsWith(".xlsx")) {
            return "an .xlsx decision table";
        }
        if (n.endsWith(".csv")) {
            return "a .csv decision table";
        }
        if (n.endsWith(".drl")) {
            return "a .drl file";
        }
        return "a YAML file";
    }

    /** {@code 1 MiB}, {@code 4 MiB}, or bytes. */
    static String describe(long bytes) {
        return bytes % (1024 * 1024) == 0 ? bytes / (1024 * 1024) + " MiB" : bytes + " bytes";
    }
}
