package org.pledgescope.pack;

import org.pledgescope.tables.CellMap;

/**
 * A file of a pack as read from disk or from the jar; {@code path} is what error messages show. A decision table
 * is held as the DRL generated from it, with {@code cells} mapping each line of that DRL back to the table's cell.
 */
public record SourceFile(String path, String name, String content, CellMap cells) {

    public SourceFile(String path, String name, String content) {
        this(path, name, content, null);
    }

    /** Whether this file is a decision table (its content generated DRL). */
    public boolean table() {
        return cells != null;
    }

    /** The same file with other content (e.g. the engine's prelude added), keeping its cell map. */
    public SourceFile withContent(String newContent) {
        return new SourceFile(path, name, newContent, cells);
    }
}
