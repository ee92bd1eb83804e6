package org.pledgescope.batch;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import org.pledgescope.text.InvalidUtf8Exception;
import org.pledgescope.text.Utf8;

/**
 * The lines of an NDJSON stream of UTF-8 bytes, in bounded memory. A line ends at LF ({@code \n}) only; a CR right
 * before the LF (or before the end of input) is dropped, and a CR anywhere else stays in the line, where JSON reads
 * it as whitespace. So line N is the text after the (N-1)th LF, as {@code wc -l} and editors count. Each line is
 * decoded on its own, strictly: a line that is not UTF-8 is refused naming its first bad byte, and the next line
 * is read as usual (an LF byte is never part of a longer UTF-8 character). A line longer than the limit is skipped
 * to its end without being kept, and refused as too long.
 */
public final class NdjsonLines {
    /**
     * Line {@code number} (from 1) of {@code length} characters; {@code text} is null when the line is refused, and
     * {@code refusal} then says why (too long, not UTF-8).
     */
    public record Line(long number, String text, long length, String refusal) {
        public Line(long number, String text, long length) {
            this(number, text, length, null);
        }

        public boolean refused() {
            return text == null;
        }
    }

    private final InputStream in;
    private final int maxLine;
    private final byte[] buffer = new byte[1 << 16];
    private byte[] line = new byte[256];
    private int pos;
    private int end;
    private long number;

    /** The lines of {@code in}, each at most {@code maxLine} characters. */
    public NdjsonLines(InputStream in, int maxLine) {
        this.in = in;
        this.maxLine = maxLine;
    }

    /** The next line, or null at the end of input. */
    public Line next() throws IOException {
        int kept = 0;
        long chars = 0;
        boolean any = false;
        while (true) {
            if (pos == end) {
                end = in.read(buffer);
                pos = 0;
                if (end < 0) {
                    end = 0;
                    if (!any) {
                        return null;
                    }
                    break;
                }
                continue;
            }
            any = true;
            byte b = buffer[pos++];
            if (b == '\n') {
                break;
            }
            if ((b & 0xC0) != 0x80) {
                chars += (b & 0xF8) == 0xF0 ? 2 : 1; // a 4-byte character is two Java chars
            }
            if (chars <= maxLine) {
                if (kept == line.length) {
                    line = Arrays.copyOf(line, line.length * 2);
                }
                line[kept++] = b;
            }
        }
        number++;
        if (chars > maxLine) {
            return new Line(
                    number, null, chars, "line too long: " + chars + " characters, over the limit of " + maxLine);
        }
        if (kept > 0 && line[kept - 1] == '\r') {
            kept--;
            chars--;
        }
        try {
            return new Line(number, Utf8.decode(line, 0, kept), chars);
        } catch (InvalidUtf8Exception e) {
            return new Line(number, null, chars, e.oneLineMessage());
        }
    }
}
