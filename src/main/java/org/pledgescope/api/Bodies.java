package org.pledgescope.api;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.pledgescope.query.QueryParser;
import org.springframework.http.HttpStatus;
import org.springframework.util.unit.DataSize;

/**
 * Reads a request body up to a limit: a larger body is refused with 413 without being read to the end, and a body
 * that is not UTF-8 with 400 naming the first byte that is not (never passed on as U+FFFD).
 */
public final class Bodies {
    private Bodies() {}

    /** The body {@link BodyPrefetchFilter} has read already, else read from the request here. */
    public static String read(HttpServletRequest request, DataSize limit) throws IOException {
        if (request.getAttribute(BodyPrefetchFilter.BODY) instanceof byte[] body) {
            if (body.length > limit.toBytes()) {
                throw tooLarge(limit);
            }
            return QueryParser.text(body);
        }
        return read(request.getInputStream(), request.getContentLengthLong(), limit);
    }

    static String read(InputStream in, long declaredLength, DataSize limit) {
        long max = limit.toBytes();
        if (declaredLength > max) {
            throw tooLarge(limit);
        }
        try {
            byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, max + 1));
            if (bytes.length > max) {
                throw tooLarge(limit);
            }
            return QueryParser.text(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ApiException tooLarge(DataSize limit) {
        return new ApiException(
                HttpStatus.CONTENT_TOO_LARGE, "", "request body is larger than the limit of " + describe(limit));
    }

    public static String describe(DataSize size) {
        long bytes = size.toBytes();
        return bytes % (1024 * 1024) == 0 ? bytes / (1024 * 1024) + " MiB" : bytes + " bytes";
    }
}
