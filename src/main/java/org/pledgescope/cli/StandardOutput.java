package org.pledgescope.cli;

import java.io.BufferedOutputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UnsupportedEncodingException;
import java.nio.charset.Charset;
import java.util.Locale;

/**
 * The process's standard output, remembering why a write failed. {@link PrintStream} keeps only that a write failed
 * ({@link PrintStream#checkError()}), but a closed pipe ({@code pledgescope check … | head -4}: the reader has had what
 * it wanted) is an ordinary end, while a full disk or a device error loses output: the commands stop quietly on the
 * first (exit {@link ExitCode#CLOSED_PIPE}, as a shell reports a Unix tool stopped by SIGPIPE) and report the second
 * (exit {@link ExitCode#OUTPUT_ERROR}).
 */
final class StandardOutput extends FilterOutputStream {
    private static volatile StandardOutputState installed;

    private record StandardOutputState(PrintStream stream, StandardOutput output) {}

    private volatile IOException failure;

    private StandardOutput() {
        super(new FileOutputStream(FileDescriptor.out));
    }

    /**
     * Replaces {@code System.out} with a stream over file descriptor 1 like the one the JVM made (the same encoding,
     * flushed at each line) that remembers a failed write. Called once by {@code main}; tests that capture standard
     * output keep their own stream.
     */
    static void install() {
        StandardOutput output = new StandardOutput();
        PrintStream stream;
        try {
            stream = new PrintStream(
                    new BufferedOutputStream(output, 8192), true, encoding().name());
        } catch (UnsupportedEncodingException e) {
            return; // the JVM's own stream stays
        }
        System.out.flush();
        System.setOut(stream);
        installed = new StandardOutputState(stream, output);
    }

    /** Whether standard output failed because its reader closed the pipe (EPIPE), not for a lost write. */
    static boolean closedPipe() {
        StandardOutputState state = installed;
        if (state == null || System.out != state.stream() || state.output().failure == null) {
            return false;
        }
        String message = String.valueOf(state.output().failure.getMessage()).toLowerCase(Locale.ROOT);
        return message.contains("broken pipe")
                || message.contains("pipe is being closed")
                || message.contains("pipe has been ended");
    }

    @Override
    public void write(int b) throws IOException {
        write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        try {
            out.write(b, off, len);
        } catch (IOException e) {
            if (failure == null) {
                failure = e;
            }
            throw e;
        }
    }

    @Override
    public void flush() throws IOException {
        try {
            out.flush();
        } catch (IOException e) {
            if (failure == null) {
                failure = e;
            }
            throw e;
        }
    }

    /** The encoding the JVM gave standard output: the terminal's, else the platform's. */
    private static Charset encoding() {
        for (String property : new String[] {"stdout.encoding", "sun.stdout.encoding", "native.encoding"}) {
            String name = System.getProperty(property);
            if (name != null && Charset.isSupported(name)) {
                return Charset.forName(name);
            }
        }
        return Charset.defaultCharset();
    }
}
