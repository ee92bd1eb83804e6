package org.pledgescope.bundle;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * A bundle in a file (a shared volume, a path a deploy tool writes). Its tag is the file's size, modification time and
 * identity, so an unchanged file is not read again; publish a new bundle by renaming it into place.
 */
final class FileBundleSource implements BundleSource {
    private final Path file;
    private final BundleLimits limits;

    FileBundleSource(Path file, BundleLimits limits) {
        this.file = file;
        this.limits = limits;
    }

    @Override
    public Fetched fetch(String etag) throws BundleFetchException {
        try {
            BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
            if (!attributes.isRegularFile()) {
                throw new BundleFetchException(file + " is not a file");
            }
            String tag =
                    attributes.size() + "-" + attributes.lastModifiedTime().toMillis() + "-" + attributes.fileKey();
            if (tag.equals(etag)) {
                return null;
            }
            if (attributes.size() > limits.maxArchive()) {
                throw new BundleRefusedException(
                        "size",
                        file + " is " + attributes.size() + " bytes, more than the limit of " + limits.maxArchive()
                                + " (pledgescope.bundle.max-size)");
            }
            try (InputStream in = Files.newInputStream(file)) {
                byte[] archive = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limits.maxArchive() + 1));
                if (archive.length > limits.maxArchive()) {
                    throw new BundleRefusedException(
                            "size",
                            file + " is more than the limit of " + limits.maxArchive()
                                    + " bytes (pledgescope.bundle.max-size)");
                }
                return new Fetched(archive, tag);
            }
        } catch (NoSuchFileException e) {
            throw new BundleFetchException(file + ": no such file");
        } catch (IOException e) {
            throw new BundleFetchException(file + ": cannot read: " + e.getMessage());
        }
    }

    @Override
    public String describe() {
        return file.toString();
    }
}
