package org.pledgescope.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;

/**
 * Standard output that reports a failed write. {@link PrintStream} swallows write errors (a full disk, a
 * closed pipe) and only remembers them for {@link PrintStream#checkError()}; this stream asks after every
 * write it passes on and throws {@link OutputFailedException}, so a command stops at the first lost byte.
 * Wrap it in a buffer: it is asked once per buffer, not once per line. Whether the failure was a closed pipe
 * (stop quietly) or a lost write (say so, exit 3) is {@link StandardOutput#closedPipe()}'s to tell.
 */
final class CheckedOutput extends OutputStream {
    private final PrintStream out;

    CheckedOutput(PrintStream out) {
        this.out = out;
    }

    @Override
    public void write(int b) throws IOException {
        out.write(b);
        check();
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        out.write(b, off, len);
        check();
    }

    @Override
    public void flush() throws IOException {
        check();
    }

    private void check() throws OutputFailedException {
        if (out.checkError()) {
            throw new OutputFailedException();
        }
    }

    /** Standard output could not be written: the disk is full, the pipe was closed, or the device failed. */
    static final class OutputFailedException extends IOException {
        OutputFailedException() {
            super("standard output could not be written (a full disk or a device error)");
        }
    }
}
