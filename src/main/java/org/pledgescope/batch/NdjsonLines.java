package org.pledgescope.batch;

import java.io.IOException;
import java.io.Reader;

/**
 * The lines of an NDJSON stream, in bounded memory. A line ends at LF ({@code \n}) only; a CR right before the LF
 * (or before the end of input) is dropped, and a CR anywhere else stays in the line, where JSON reads it as
 * whitespace. So line N is the text after the (N-1)th LF, as {@code wc -l} and editors count. A line longer than
 * the limit is skipped to its end without being kept, and reported as too long.
 */
public final class NdjsonLines {
    /** Line {@code number} (from 1); {@code text} is null when it had more than the limit's characters. */
    public record Line(long number, String text, long length) {
        public boolean tooLong() {
            return text == null;
        }
    }

    private final Reader in;
    private final int maxLine;
    private final char[] buffer = new char[1 << 16];
    private int pos;
    private int end;
    private long number;

    public NdjsonLines(Reader in, int maxLine) {
        this.in = in;
        this.maxLine = maxLine;
    }

    /** The next line, or null at the end of input. */
    public Line next() throws IOException {
        StringBuilder text = null;
        long length = 0;
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
            }
            any = true;
            int lf = pos;
            while (lf < end && buffer[lf] != '\n') {
                lf++;
            }
            // The run pos..lf belongs to this line; keep what fits under the limit.
            int keep = (int) Math.max(0, Math.min(lf - pos, maxLine - length));
            if (keep > 0) {
                if (text == null) {
                    text = new StringBuilder(Math.max(256, keep));
                }
                text.append(buffer, pos, keep);
            }
            length += lf - pos;
            if (lf < end) {
                pos = lf + 1;
                break;
            }
            pos = lf;
        }
        number++;
        if (text == null) {
            text = new StringBuilder();
        }
        if (length <= maxLine && !text.isEmpty() && text.charAt(text.length() - 1) == '\r') {
            text.setLength(text.length() - 1);
            length--;
        }
        return new Line(number, length > maxLine ? null : text.toString(), length);
    }
}
