package org.pledgescope.engine;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The compiled-rules cache's directory: owner-only where the file system has POSIX permissions. Whoever can write
 * it could make the service run their code, so one owned by another user is not used.
 */
final class CacheDirectory {
    private static final Logger log = LoggerFactory.getLogger(CacheDirectory.class);
    private static final boolean POSIX =
            FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rwx------");
    private static volatile boolean warned;

    private CacheDirectory() {}

    /** Creates the directory (and missing parents) with owner-only permissions. */
    static void create(Path dir) throws IOException {
        if (Files.isDirectory(dir)) {
            return;
        }
        if (POSIX) {
            Files.createDirectories(dir, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
            Files.setPosixFilePermissions(dir, OWNER_ONLY); // the umask may have taken bits away
        } else {
            Files.createDirectories(dir);
        }
    }

    /**
     * Whether entries in the directory may be trusted: it is ours and nobody else may write it. A directory of ours
     * that others may write is made owner-only first.
     */
    static boolean trusted(Path dir) {
        if (!POSIX || !Files.isDirectory(dir)) {
            return true;
        }
        try {
            String owner = Files.getOwner(dir, LinkOption.NOFOLLOW_LINKS).getName();
            if (!owner.equals(System.getProperty("user.name"))) {
                warnOnce("the compiled-rules cache " + dir + " belongs to " + owner + ", not to this user; not used");
                return false;
            }
            Set<PosixFilePermission> perms = Files.getPosixFilePermissions(dir);
            if (!perms.equals(OWNER_ONLY)) {
                Files.setPosixFilePermissions(dir, OWNER_ONLY);
            }
            return true;
        } catch (IOException | UnsupportedOperationException e) {
            warnOnce("the compiled-rules cache " + dir + " cannot be checked (" + e.getMessage() + "); not used");
            return false;
        }
    }

    private static void warnOnce(String message) {
        if (!warned) {
            warned = true;
            log.warn(message);
        }
    }
}
