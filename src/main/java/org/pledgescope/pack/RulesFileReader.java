package org.pledgescope.pack;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.pledgescope.diagnostics.Problem;
import org.pledgescope.text.InvalidUtf8Exception;
import org.pledgescope.text.Utf8;

/**
 * Reads the files of one rules directory, refusing before it reads a byte any file that is not the directory's
 * own: a symbolic link that leads out of it, a file with more than one hard link (it may be the very file of
 * another directory, such as {@code /etc/passwd}), anything but a regular file, and a file over its size limit
 * ({@link FileLimits}). Text must be UTF-8. Each refusal is a {@link Problem} naming the file; none quotes it.
 */
final class RulesFileReader {
    static final String OUTSIDE = "a symbolic link that leads out of the rules directory; refused (packs are read "
            + "only from files inside it)";

    private final Path realRoot;
    private final List<Problem> refused = new ArrayList<>();
    private long total;
    private boolean overTotal;

    /** A reader for the directory whose real path is {@code realRoot}; null for the packs bundled in the jar. */
    RulesFileReader(Path realRoot) {
        this.realRoot = realRoot;
    }

    /** The problems found so far, in the order found. */
    List<Problem> refused() {
        return List.copyOf(refused);
    }

    /** Whether {@code path} (a pack folder), with every symbolic link followed, is inside the rules directory. */
    boolean inside(Path path, String label) throws IOException {
        if (realRoot != null && !path.toRealPath().startsWith(realRoot)) {
            refused.add(new Problem(label, 0, OUTSIDE));
            return false;
        }
        return true;
    }

    /** The text of {@code file}, shown as {@code label}; null when it is refused (the problem is recorded). */
    String text(Path file, String label) {
        byte[] bytes = bytes(file, label);
        if (bytes == null) {
            return null;
        }
        try {
            return Utf8.decode(bytes);
        } catch (InvalidUtf8Exception e) {
            refused.add(new Problem(label, e.line(), e.getMessage() + "; save the file as UTF-8"));
            return null;
        }
    }

    /** The bytes of {@code file}, shown as {@code label}; null when it is refused (the problem is recorded). */
    byte[] bytes(Path file, String label) {
        String name = file.getFileName().toString();
        long limit = FileLimits.of(name);
        try {
            if (!inside(file, label)) {
                return null;
            }
            BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
            if (!attributes.isRegularFile()) {
                return refuse(label, "not a regular file; refused (packs are read only from regular files)");
            }
            int links = links(file);
            if (links > 1) {
                return refuse(
                        label,
                        "has " + links + " hard links; refused (a file linked more than once may be a file from "
                                + "outside the rules directory: copy it in instead of linking it)");
            }
            if (attributes.size() > limit) {
                return refuse(label, tooLarge(attributes.size(), limit, name));
            }
            byte[] bytes;
            try (InputStream in = Files.newInputStream(file)) {
                bytes = in.readNBytes((int) limit + 1);
            }
            if (bytes.length > limit) {
                return refuse(label, tooLarge(bytes.length, limit, name));
            }
            total += bytes.length;
            if (total > FileLimits.TOTAL) {
                return overTotal ? null : refuseTotal(label);
            }
            return bytes;
        } catch (NoSuchFileException e) {
            return refuse(label, "cannot read: no such file (a symbolic link to nothing?)");
        } catch (IOException e) {
            return refuse(label, "cannot read: " + words(e));
        }
    }

    private static String tooLarge(long size, long limit, String name) {
        return size + " bytes, over the limit of " + FileLimits.describe(limit) + " for " + FileLimits.kind(name)
                + "; refused unread";
    }

    private byte[] refuseTotal(String label) {
        overTotal = true;
        return refuse(
                label,
                "with this file the rules directory's files come to more than the limit of "
                        + FileLimits.describe(FileLimits.TOTAL) + " together; refused");
    }

    private byte[] refuse(String label, String message) {
        refused.add(new Problem(label, 0, message));
        return null;
    }

    /** How many hard links the file has; 1 where the file system does not say (the packs bundled in the jar). */
    private static int links(Path file) throws IOException {
        try {
            return ((Number) Files.getAttribute(file, "unix:nlink")).intValue();
        } catch (UnsupportedOperationException | IllegalArgumentException e) {
            return 1;
        }
    }

    /** An I/O failure in words: {@code AccessDeniedException} → {@code access denied}. */
    static String words(IOException e) {
        return e.getClass()
                .getSimpleName()
                .replace("Exception", "")
                .replaceAll("([a-z])([A-Z])", "$1 $2")
                .toLowerCase(Locale.ROOT);
    }
}
