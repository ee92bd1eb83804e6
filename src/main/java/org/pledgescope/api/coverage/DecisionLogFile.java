package org.pledgescope.api.coverage;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * The decision log on disk: whole lines appended and written through (a failed write is known at once), rotated
 * when the next line would take the file past {@code maxBytes}: FILE becomes FILE.1, FILE.1 becomes FILE.2, and
 * so on up to {@code keep} old files.
 *
 * <p>Only whole lines: a write that fails part way (a full disk takes what fits and refuses the rest) is cut off
 * again, so the file ends where the last whole line did; and should even that fail, or the file end in a partial
 * line when it is opened (a crash in the middle of a write), the next line starts on a line of its own. A later
 * record is never joined to the remains of an earlier one.
 */
final class DecisionLogFile {
    /** Opens the log file for reading and writing, creating it if need be; tests put a disk that fills up here. */
    @FunctionalInterface
    interface Opener {
        Opener FILES = path ->
                FileChannel.open(path, StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.READ);

        FileChannel open(Path path) throws IOException;
    }

    private final Path path;
    private final long maxBytes;
    private final int keep;
    private final Opener opener;
    private FileChannel channel;
    /** Where the last whole line ends: the next line is written here. */
    private long end;
    /** Whether the file ends with part of a line, so that the next line must start on a line of its own. */
    private boolean partial;

    /** Opens the file for appending; throws if it cannot be (no such directory, no permission). */
    DecisionLogFile(Path path, long maxBytes, int keep) throws IOException {
        this(path, maxBytes, keep, Opener.FILES);
    }

    DecisionLogFile(Path path, long maxBytes, int keep, Opener opener) throws IOException {
        this.path = path;
        this.maxBytes = maxBytes;
        this.keep = keep;
        this.opener = opener;
        open();
    }

    Path path() {
        return path;
    }

    private void open() throws IOException {
        channel = opener.open(path);
        end = channel.size();
        partial = end > 0 && !endsWithNewline();
    }

    private boolean endsWithNewline() throws IOException {
        ByteBuffer last = ByteBuffer.allocate(1);
        return channel.read(last, end - 1) == 1 && last.get(0) == '\n';
    }

    /** Appends one line ({@code line} and a newline) whole, or nothing of it (see the class comment). */
    synchronized void append(byte[] line) throws IOException {
        if (channel == null) {
            open();
        }
        if (end > 0 && end + line.length + 1 > maxBytes) {
            rotate();
        }
        ByteBuffer bytes = ByteBuffer.allocate(line.length + 2);
        if (partial) {
            bytes.put((byte) '\n');
        }
        bytes.put(line).put((byte) '\n').flip();
        long at = end;
        try {
            while (bytes.hasRemaining()) {
                at += channel.write(bytes, at);
            }
            end = at;
            partial = false;
        } catch (IOException e) {
            cutBack(at);
            throw e;
        }
    }

    /** After a failed write that reached {@code reached}: the file cut back to its last whole line, if it can be. */
    private void cutBack(long reached) {
        try {
            if (reached > end) {
                channel.truncate(end);
            }
        } catch (IOException e) {
            // left as it is: opened again, the file is found to end in part of a line
        }
        close(); // opened afresh on the next line: the directory may have been removed, the file replaced
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
            if (channel != null) {
                channel.close();
            }
        } catch (IOException e) {
            // the next open reports what is wrong
        } finally {
            channel = null;
        }
    }
}
