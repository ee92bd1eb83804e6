package org.pledgescope.pack;

import java.util.Arrays;
import java.util.Locale;

/**
 * A file of a pack as read from disk or from the jar; {@code path} is what error messages show. A decision table
 * ({@code .csv}, {@code .xlsx}) is kept as its bytes ({@code bytes}, with {@code content} empty): the engine reads
 * it and compiles the DRL it generates.
 */
public record SourceFile(String path, String name, String content, byte[] bytes) {

    public SourceFile(String path, String name, String content) {
        this(path, name, content, null);
    }

    /** A decision table file, by its bytes. */
    public static SourceFile table(String path, String name, byte[] bytes) {
        return new SourceFile(path, name, "", bytes.clone());
    }

    /** Whether a file name is a decision table's: {@code .csv} or {@code .xlsx}. */
    public static boolean isTableName(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        return n.endsWith(".csv") || n.endsWith(".xlsx");
    }

    /** Whether this file is a decision table (its rules in {@code bytes}). */
    public boolean table() {
        return bytes != null;
    }

    /** The table's bytes (a copy); null for a DRL file. */
    @Override
    public byte[] bytes() {
        return bytes == null ? null : bytes.clone();
    }

    /** The same file with other content (e.g. the engine's prelude added). */
    public SourceFile withContent(String newContent) {
        return new SourceFile(path, name, newContent, null);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SourceFile f
                && f.path.equals(path)
                && f.name.equals(name)
                && f.content.equals(content)
                && Arrays.equals(f.bytes, bytes);
    }

    @Override
    public int hashCode() {
        return path.hashCode() * 31 + content.hashCode();
    }

    @Override
    public String toString() {
        return path;
    }
}
