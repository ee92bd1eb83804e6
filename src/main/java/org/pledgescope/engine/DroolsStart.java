package org.pledgescope.engine;

import java.util.concurrent.CompletableFuture;
import org.kie.api.KieServices;
import org.slf4j.LoggerFactory;

/**
 * Starts what every compile needs first — logging and Drools' services, whose discovery reads every jar on the class
 * path (a third of a second of a cold run) — on a thread of its own, so that a one-shot command does it while picocli
 * reads its arguments and the packs are read. A compile waits for the start to finish before it touches Drools
 * ({@link #await()}), so the two never initialise the same classes at once. (Warming the DRL and Java parsers here as
 * well made the compile wait longer than it saved.)
 */
public final class DroolsStart {
    private static CompletableFuture<Void> started;

    private DroolsStart() {}

    /** Begins the start on a daemon thread, once per process; later calls do nothing. */
    public static synchronized void begin() {
        if (started != null) {
            return;
        }
        CompletableFuture<Void> done = new CompletableFuture<>();
        started = done;
        Thread thread = new Thread(
                () -> {
                    try {
                        start();
                    } finally {
                        done.complete(null);
                    }
                },
                "pledgescope-drools-start");
        thread.setDaemon(true);
        thread.start();
    }

    /** Waits for a start begun by {@link #begin()}; returns at once when none was. */
    static void await() {
        CompletableFuture<Void> done;
        synchronized (DroolsStart.class) {
            done = started;
        }
        if (done != null) {
            done.join();
        }
    }

    private static void start() {
        try {
            LoggerFactory.getILoggerFactory();
            KieServices.Factory.get();
        } catch (RuntimeException | LinkageError e) {
            // Only a head start: the compile does all of this again and reports what goes wrong.
        }
    }
}
