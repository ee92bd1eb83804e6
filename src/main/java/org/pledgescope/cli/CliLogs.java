package org.pledgescope.cli;

import java.io.PrintStream;
import org.slf4j.ILoggerFactory;
import org.slf4j.IMarkerFactory;
import org.slf4j.Marker;
import org.slf4j.event.Level;
import org.slf4j.helpers.AbstractLogger;
import org.slf4j.helpers.BasicMarkerFactory;
import org.slf4j.helpers.MessageFormatter;
import org.slf4j.helpers.NOPMDCAdapter;
import org.slf4j.spi.MDCAdapter;
import org.slf4j.spi.SLF4JServiceProvider;

/**
 * Logging for a one-shot CLI run: warnings and errors on stderr, one line each ({@code LEVEL logger: message}, then a
 * throwable's stack trace), nothing below WARN, nothing from Drools (it logs build problems PledgeScope reports itself
 * as {@code file:line: message}). Chosen by name ({@code slf4j.provider}, see {@link CliLogging}), so the service and
 * the tests keep logback; a one-shot run then never starts logback, a few hundred classes it would load for nothing.
 */
public final class CliLogs implements SLF4JServiceProvider {
    private final ILoggerFactory loggers = StderrLogger::new;
    private final IMarkerFactory markers = new BasicMarkerFactory();
    private final MDCAdapter mdc = new NOPMDCAdapter();

    @Override
    public ILoggerFactory getLoggerFactory() {
        return loggers;
    }

    @Override
    public IMarkerFactory getMarkerFactory() {
        return markers;
    }

    @Override
    public MDCAdapter getMDCAdapter() {
        return mdc;
    }

    @Override
    public String getRequestedApiVersion() {
        return "2.0.99";
    }

    @Override
    public void initialize() {}

    /** Whether a logger of that name writes at all (Drools and KIE never do). */
    static boolean heard(String name) {
        return name == null || !(name.startsWith("org.drools") || name.startsWith("org.kie"));
    }

    /** The last two parts of a logger's name, as a reader needs it ({@code engine.RuleGuard}). */
    static String shortName(String name) {
        if (name == null) {
            return "";
        }
        int last = name.lastIndexOf('.');
        int before = last <= 0 ? -1 : name.lastIndexOf('.', last - 1);
        return before < 0 ? name : name.substring(before + 1);
    }

    /** Writes WARN and ERROR to stderr. */
    private static final class StderrLogger extends AbstractLogger {
        private final boolean heard;

        StderrLogger(String name) {
            this.name = name;
            this.heard = heard(name);
        }

        @Override
        protected String getFullyQualifiedCallerName() {
            return null;
        }

        @Override
        protected void handleNormalizedLoggingCall(
                Level level, Marker marker, String pattern, Object[] arguments, Throwable throwable) {
            PrintStream err = System.err;
            String text = MessageFormatter.basicArrayFormat(pattern, arguments);
            synchronized (err) {
                err.println(level + " " + shortName(name) + ": " + text);
                if (throwable != null) {
                    throwable.printStackTrace(err);
                }
            }
        }

        @Override
        public boolean isTraceEnabled() {
            return false;
        }

        @Override
        public boolean isTraceEnabled(Marker marker) {
            return false;
        }

        @Override
        public boolean isDebugEnabled() {
            return false;
        }

        @Override
        public boolean isDebugEnabled(Marker marker) {
            return false;
        }

        @Override
        public boolean isInfoEnabled() {
            return false;
        }

        @Override
        public boolean isInfoEnabled(Marker marker) {
            return false;
        }

        @Override
        public boolean isWarnEnabled() {
            return heard;
        }

        @Override
        public boolean isWarnEnabled(Marker marker) {
            return heard;
        }

        @Override
        public boolean isErrorEnabled() {
            return heard;
        }

        @Override
        public boolean isErrorEnabled(Marker marker) {
            return heard;
        }
    }
}
