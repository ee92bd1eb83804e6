package org.pledgescope.bundle;

/** A bundle that could not be fetched (the server unreachable, an error status, the file missing). */
public final class BundleFetchException extends Exception {
    public BundleFetchException(String message) {
        super(message);
    }
}
