package org.pledgescope.text;

import java.util.Locale;

/**
 * Text that is not UTF-8. {@code offset} counts bytes from the start of the text (0 first); {@code line} and
 * {@code column} (1 first) say where that is for a reader, the column counting characters. The message says it in
 * words, e.g. {@code not valid UTF-8: byte 0xFF at byte offset 14 (line 2, column 5) never occurs in UTF-8}.
 */
public final class InvalidUtf8Exception extends IllegalArgumentException {
    private final long offset;
    private final int value;
    private final int line;
    private final int column;
    private final boolean cutShortAtEnd;

    public InvalidUtf8Exception(long offset, int value, int line, int column, boolean cutShortAtEnd) {
        super(describe(offset, value, line, column, cutShortAtEnd), null);
        this.offset = offset;
        this.value = value;
        this.line = line;
        this.column = column;
        this.cutShortAtEnd = cutShortAtEnd;
    }

    /**
     * The first bad byte, at {@code position} of the {@code length} bytes from {@code start} of {@code bytes};
     * {@code malformed} is how many bytes the decoder found malformed there.
     */
    static InvalidUtf8Exception at(byte[] bytes, int start, int length, int position, int malformed) {
        int line = 1;
        int column = 1;
        for (int i = start; i < start + position; i++) {
            if (bytes[i] == '\n') {
                line++;
                column = 1;
            } else if ((bytes[i] & 0xC0) != 0x80) {
                column++;
            }
        }
        int value = bytes[start + position] & 0xFF;
        boolean atEnd = position + malformed >= length && isLead(value);
        return new InvalidUtf8Exception(position, value, line, column, atEnd);
    }

    private static boolean isLead(int value) {
        return value >= 0xC2 && value <= 0xF4;
    }

    /** The same in words for a text of one line, such as an NDJSON line: {@code at byte offset 3 of the line (column 4)}. */
    public String oneLineMessage() {
        return describe(
                offset, value, "at byte offset " + offset + " of the line (column " + column + ")", cutShortAtEnd);
    }

    private static String describe(long offset, int value, int line, int column, boolean cutShortAtEnd) {
        return describe(
                offset,
                value,
                "at byte offset " + offset + " (line " + line + ", column " + column + ")",
                cutShortAtEnd);
    }

    private static String describe(long offset, int value, String where, boolean cutShortAtEnd) {
        String hex = "0x" + String.format(Locale.ROOT, "%02X", value);
        String why;
        if (cutShortAtEnd) {
            why = "the text ends inside a character: byte " + hex + " " + where + " starts one that is not finished";
        } else if (value >= 0x80 && value < 0xC0) {
            why = "byte " + hex + " " + where + " continues a character that was never started";
        } else if (isLead(value)) {
            why = "byte " + hex + " " + where + " starts a character whose next bytes do not follow in UTF-8";
        } else {
            why = "byte " + hex + " " + where + " never occurs in UTF-8";
        }
        return "not valid UTF-8: " + why;
    }
    /** The offset of the first bad byte, from the start of the text. */
    public long offset() {
        return offset;
    }

    /** The bad byte (0–255). */
    public int value() {
        return value;
    }

    public int line() {
        return line;
    }

    public int column() {
        return column;
    }
}
