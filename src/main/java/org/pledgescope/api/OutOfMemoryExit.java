package org.pledgescope.api;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.turbo.TurboFilter;
import ch.qos.logback.core.spi.FilterReply;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import org.slf4j.LoggerFactory;
import org.slf4j.Marker;

/**
 * Ends the process on {@link OutOfMemoryError}: a JVM that ran out of heap may have lost any thread (Tomcat's
 * poller, which accepts every request, among them) and lives on answering nothing; one that exits is restarted by
 * its supervisor. The JVM does this itself with {@code -XX:+ExitOnOutOfMemoryError} (which {@code bin/pledgescope
 * serve} sets), but {@code java -jar} cannot be given a JVM flag by its jar, so {@code serve} arms this guard too: it
 * halts with status 3 (as that flag does) on an OutOfMemoryError that kills a thread, that a request or a map fails
 * with, or that anyone logs.
 */
public final class OutOfMemoryExit {
    /** The exit status, the one {@code -XX:+ExitOnOutOfMemoryError} exits with. */
    public static final int STATUS = 3;

    private static final byte[] MESSAGE = ("pledgescope: out of memory (java.lang.OutOfMemoryError); exiting with "
                    + "status 3 so that the service is restarted rather than left answering nothing\n")
            .getBytes(StandardCharsets.UTF_8);
    private static final FileOutputStream STDERR = new FileOutputStream(FileDescriptor.err);
    private static volatile boolean armed;

    private OutOfMemoryExit() {}

    /** Arms the guard for this process: from now on an OutOfMemoryError ends it. */
    public static void arm() {
        armed = true;
        Thread.UncaughtExceptionHandler previous = Thread.getDefaultUncaughtExceptionHandler();
        Thread.setDefaultUncaughtExceptionHandler((thread, error) -> {
            check(error);
            if (previous != null) {
                previous.uncaughtException(thread, error);
            } else {
                error.printStackTrace();
            }
        });
    }

    /** Watches the log once logging is set up (Spring Boot sets it up afresh at start): see {@link #arm()}. */
    static void watchLog() {
        if (armed && LoggerFactory.getILoggerFactory() instanceof LoggerContext context) {
            context.addTurboFilter(new LoggedOutOfMemory());
        }
    }

    static boolean armed() {
        return armed;
    }

    /** Whether the JVM itself was started with {@code -XX:+ExitOnOutOfMemoryError}. */
    static boolean jvmExits() {
        return ManagementFactory.getRuntimeMXBean().getInputArguments().contains("-XX:+ExitOnOutOfMemoryError");
    }

    /** Halts the process if the guard is armed and {@code t} is, or was caused by, an OutOfMemoryError. */
    public static void check(Throwable t) {
        if (armed && causedByOutOfMemory(t)) {
            halt();
        }
    }

    static boolean causedByOutOfMemory(Throwable t) {
        int depth = 0;
        for (Throwable c = t; c != null && depth < 20; c = c.getCause(), depth++) {
            if (c instanceof OutOfMemoryError) {
                return true;
            }
        }
        return false;
    }

    private static void halt() {
        try {
            STDERR.write(MESSAGE);
            STDERR.flush();
        } catch (Throwable ignored) {
            // nothing can be said: exit all the same
        }
        Runtime.getRuntime().halt(STATUS);
    }

    /** Sees the throwable of every log call before anything else is done with it. */
    private static final class LoggedOutOfMemory extends TurboFilter {
        @Override
        public FilterReply decide(
                Marker marker, Logger logger, Level level, String format, Object[] params, Throwable t) {
            check(t);
            if (params != null && params.length > 0 && params[params.length - 1] instanceof Throwable last) {
                check(last);
            }
            return FilterReply.NEUTRAL;
        }
    }
}
