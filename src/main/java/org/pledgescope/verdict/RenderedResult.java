package org.pledgescope.verdict;

import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.AbstractList;
import java.util.List;
import java.util.RandomAccess;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.SerializableString;
import tools.jackson.core.io.JsonStringEncoder;

/**
 * A decision's one result, written as the other results of its class are: every query of a class (and of one moment
 * of the pack's timeline) gets the same JSON but for the day its {@code because} sentence may name. That JSON, its
 * sentence included, is kept once written ({@link Shape}): a result writes those bytes, and its day where the sentence
 * names it. Equal to any list holding the same result; the JSON is the same as a plain list's (RenderedResultTest).
 */
public final class RenderedResult extends AbstractList<PledgeResult> implements RandomAccess {
    /**
     * What the results of one class and moment share: their JSON (a list of one result), with the sentence in it, up
     * to the day the sentence names and after it — or whole, when it names no day.
     */
    public static final class Shape {
        private static final String MARK = "\u0001because\u0001";
        private final PledgeResult template;
        private final Explainer.Sentence sentence;
        private volatile byte[][] around;

        /** The shape of results like {@code result}, whose sentence is {@code sentence} for some day. */
        public Shape(PledgeResult result, Explainer.Sentence sentence) {
            this.sentence = sentence;
            this.template = new PledgeResult(
                    result.pledge(),
                    result.verdict(),
                    MARK,
                    result.reasons(),
                    result.openQuestions(),
                    result.missingFacts(),
                    result.assumed(),
                    result.assumedWithoutEffect(),
                    result.presumed(),
                    result.presumptions(),
                    result.term(),
                    result.knownStatements(),
                    result.amendmentsNotYetApplying(),
                    result.rulesFired(),
                    result.worldsEvaluated(),
                    result.error());
        }

        private byte[][] around() {
            byte[][] a = around;
            if (a == null) {
                String json = new String(ResultJson.bytesOf(List.of(template)), StandardCharsets.UTF_8);
                String mark = "\"" + new String(JsonStringEncoder.getInstance().quoteAsCharArray(MARK)) + "\"";
                int at = json.indexOf(mark);
                String before = json.substring(0, at) + "\"" + quoted(sentence.before());
                String after = json.substring(at + mark.length());
                a = sentence.namesTheDay()
                        ? new byte[][] {utf8(before), utf8(quoted(sentence.after()) + "\"" + after)}
                        : new byte[][] {utf8(before + "\"" + after)};
                around = a;
            }
            return a;
        }

        private static String quoted(String text) {
            return new String(JsonStringEncoder.getInstance().quoteAsCharArray(text));
        }

        private static byte[] utf8(String text) {
            return text.getBytes(StandardCharsets.UTF_8);
        }
    }

    private final Shape shape;
    private final PledgeResult result;
    private final LocalDate day;

    private RenderedResult(Shape shape, PledgeResult result, LocalDate day) {
        this.shape = shape;
        this.result = result;
        this.day = day;
    }

    /**
     * {@code result} in a list of one, written with {@code shape}'s JSON; {@code day}, the query's asKnownOn, goes where
     * the shape's sentence names it ({@code result}'s sentence is the shape's for that day).
     */
    public static RenderedResult of(Shape shape, PledgeResult result, LocalDate day) {
        return new RenderedResult(shape, result, day);
    }

    @Override
    public PledgeResult get(int index) {
        if (index != 0) {
            throw new IndexOutOfBoundsException(index);
        }
        return result;
    }

    @Override
    public int size() {
        return 1;
    }

    /** Writes the list: the shape's bytes, with this result's day where the sentence names it. */
    void write(JsonGenerator gen) {
        byte[][] around = shape.around();
        if (around.length == 1) {
            gen.writeRawValue(new Raw(around[0]));
        } else {
            byte[] date = day.toString().getBytes(StandardCharsets.US_ASCII);
            byte[] all = new byte[around[0].length + date.length + around[1].length];
            System.arraycopy(around[0], 0, all, 0, around[0].length);
            System.arraycopy(date, 0, all, around[0].length, date.length);
            System.arraycopy(around[1], 0, all, around[0].length + date.length, around[1].length);
            gen.writeRawValue(new Raw(all));
        }
    }

    /** Bytes already JSON, written as they are. */
    record Raw(byte[] utf8) implements SerializableString {
        @Override
        public String getValue() {
            return new String(utf8, StandardCharsets.UTF_8);
        }

        @Override
        public int charLength() {
            return getValue().length();
        }

        @Override
        public char[] asQuotedChars() {
            return getValue().toCharArray();
        }

        @Override
        public byte[] asUnquotedUTF8() {
            return utf8;
        }

        @Override
        public byte[] asQuotedUTF8() {
            return utf8;
        }

        @Override
        public int appendQuotedUTF8(byte[] buffer, int offset) {
            return appendUnquotedUTF8(buffer, offset);
        }

        @Override
        public int appendQuoted(char[] buffer, int offset) {
            return appendUnquoted(buffer, offset);
        }

        @Override
        public int appendUnquotedUTF8(byte[] buffer, int offset) {
            if (offset + utf8.length > buffer.length) {
                return -1;
            }
            System.arraycopy(utf8, 0, buffer, offset, utf8.length);
            return utf8.length;
        }

        @Override
        public int appendUnquoted(char[] buffer, int offset) {
            char[] chars = asQuotedChars();
            if (offset + chars.length > buffer.length) {
                return -1;
            }
            System.arraycopy(chars, 0, buffer, offset, chars.length);
            return chars.length;
        }

        @Override
        public int writeQuotedUTF8(OutputStream out) throws java.io.IOException {
            out.write(utf8);
            return utf8.length;
        }

        @Override
        public int writeUnquotedUTF8(OutputStream out) throws java.io.IOException {
            out.write(utf8);
            return utf8.length;
        }

        @Override
        public int putQuotedUTF8(ByteBuffer buffer) {
            return putUnquotedUTF8(buffer);
        }

        @Override
        public int putUnquotedUTF8(ByteBuffer buffer) {
            if (buffer.remaining() < utf8.length) {
                return -1;
            }
            buffer.put(utf8);
            return utf8.length;
        }
    }
}
