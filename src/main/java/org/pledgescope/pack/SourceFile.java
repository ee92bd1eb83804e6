package org.pledgescope.pack;

/** A file of a pack as read from disk or from the jar; {@code path} is what error messages show. */
public record SourceFile(String path, String name, String content) {
}
