package org.pledgescope.bundle;

/** A key file that cannot be read, written or used, with a message naming the file and what is wrong. */
public final class BundleKeyException extends RuntimeException {
    public BundleKeyException(String message) {
        super(message);
    }
}
