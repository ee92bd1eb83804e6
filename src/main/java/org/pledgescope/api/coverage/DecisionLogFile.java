package org.pledgescope.api.coverage;

import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * The decision log on disk: whole lines appended and written through (a failed write is known at once), rotated
 * when the next line would take the file past {@code maxBytes}: FILE becomes FILE.1, FILE.1 becomes FILE.2, and
 * so on up to {@code keep} old files.
 */
final class DecisionLogFile {
    private final Path path;
    private final long maxBytes;
    private final int keep;
    private OutputStream out;
    private long size;

    /** Opens the file for appending; throws if it cannot be (no such directory, no permission). */
    DecisionLogFile(Path path, long maxBytes, int keep) throws IOException {
        this.path = path;
        this.maxBytes = maxBytes;
        this.keep = keep;
        open();
    }

    Path path() {
        return path;
    }

    private void open() throws IOException {
        out = new FileOutputStream(path.toFile(), true);
        size = Files.isRegularFile(path) ? Files.size(path) : 0;
    }

    /** Appends one line ({@code line} and a newline) in a single write. */
    synchronized void append(byte[] line) throws IOException {
        if (out == null) {
            open();
        }
        byte[] bytes = new byte[line.length + 1];
        System.arraycopy(line, 0, bytes, 0, line.length);
        bytes[line.length] = '\n';
        if (size > 0 && size + bytes.length > maxBytes && Files.isRegularFile(path)) {
            rotate();
        }
        try {
            out.write(bytes);
            size += bytes.length;
        } catch (IOException e) {
            close(); // opened afresh on the next line
            throw e;
        }
    }

    private void rotate() throws IOException {
        close();
        Files.deleteIfExists(numbered(keep));
        for (int i = keep - 1; i >= 1; i--) {
            if (Files.exists(numbered(i))) {
                Files.move(numbered(i), numbered(i + 1), StandardCopyOption.REPLACE_EXISTING);
            }
        }
        if (keep > 0) {
            Files.move(path, numbered(1), StandardCopyOption.REPLACE_EXISTING);
        } else {
            Files.delete(path);
        }
        open();
    }

    private Path numbered(int i) {
        return path.resolveSibling(path.getFileName() + "." + i);
    }

    private void close() {
        try {
            if (out != null) {
                out.close();
            }
        } catch (IOException e) {
            // the next open reports what is wrong
        } finally {
            out = null;
        }
    }
}
