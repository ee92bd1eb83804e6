package org.pledgescope.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** NDJSON lines: split at LF only, a CR before it dropped, a line over the limit skipped whole and reported. */
class NdjsonLinesTest {
    private static List<NdjsonLines.Line> lines(String text, int maxLine) throws IOException {
        NdjsonLines in = new NdjsonLines(
                new java.io.ByteArrayInputStream(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)), maxLine);
        List<NdjsonLines.Line> out = new ArrayList<>();
        NdjsonLines.Line line;
        while ((line = in.next()) != null) {
            out.add(line);
        }
        return out;
    }

    @Test
    void linesEndAtLfACrBeforeItIsDroppedABareCrStays() throws IOException {
        assertThat(lines("a\r\nb\rc\n\nlast", 100))
                .containsExactly(
                        new NdjsonLines.Line(1, "a", 1),
                        new NdjsonLines.Line(2, "b\rc", 3),
                        new NdjsonLines.Line(3, "", 0),
                        new NdjsonLines.Line(4, "last", 4));
        assertThat(lines("", 100)).isEmpty();
        assertThat(lines("\n", 100)).containsExactly(new NdjsonLines.Line(1, "", 0));
    }

    @Test
    void aLineOverTheLimitIsSkippedToItsEndAndCounted() throws IOException {
        List<NdjsonLines.Line> read = lines("abcdef\nxy\n", 4);
        assertThat(read).extracting(NdjsonLines.Line::text).containsExactly(null, "xy");
        assertThat(read.get(0).refusal()).isEqualTo("line too long: 6 characters, over the limit of 4");
    }

    @Test
    void linesLongerThanTheReadBufferArriveWhole() throws IOException {
        String longLine = "x".repeat(200_000);
        List<NdjsonLines.Line> read = lines(longLine + "\n" + "y".repeat(70_000) + "\r\n" + longLine, 300_000);
        assertThat(read).extracting(NdjsonLines.Line::text).containsExactly(longLine, "y".repeat(70_000), longLine);
        assertThat(lines(longLine + "\nz", 100_000))
                .extracting(NdjsonLines.Line::text)
                .containsExactly(null, "z");
    }
}
