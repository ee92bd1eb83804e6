package org.pledgescope.text;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Bytes read as UTF-8, strictly: a byte that is not part of a well-formed UTF-8 sequence (a stray continuation
 * byte, a sequence cut short, an overlong form, an encoded surrogate) is refused with {@link InvalidUtf8Exception},
 * which names the byte and where it is, instead of being replaced by U+FFFD and passed on.
 */
public final class Utf8 {
    private Utf8() {}

    /** The text of {@code bytes}; an {@link InvalidUtf8Exception} at the first byte that is not UTF-8. */
    public static String decode(byte[] bytes) {
        return decode(bytes, 0, bytes.length);
    }

    /** The text of {@code length} bytes from {@code offset}; offsets in an error count from {@code offset}. */
    public static String decode(byte[] bytes, int offset, int length) {
        if (isAscii(bytes, offset, length)) {
            return new String(bytes, offset, length, StandardCharsets.ISO_8859_1);
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, offset, length);
        CharBuffer out = CharBuffer.allocate(length);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            throw InvalidUtf8Exception.at(bytes, offset, length, in.position() - offset, result.length());
        }
        if (result.isOverflow()) {
            throw new IllegalStateException(new CharacterCodingException());
        }
        return out.flip().toString();
    }

    private static boolean isAscii(byte[] bytes, int offset, int length) {
        for (int i = offset; i < offset + length; i++) {
            if (bytes[i] < 0) {
                return false;
            }
        }
        return true;
    }
}
