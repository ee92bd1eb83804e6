package org.pledgescope.api.ruleset;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import org.pledgescope.api.ApiProperties;
import org.pledgescope.diagnostics.Problem;
import org.pledgescope.evaluation.RuleSet;
import org.pledgescope.evaluation.RuleSetLoader;
import org.pledgescope.pack.PackLoadException;
import org.pledgescope.pack.RulesLocation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The rule set being served. A reload builds a complete new rule set before swapping it in atomically, so a
 * request in flight finishes on the rule set it started with; a failed reload leaves the old one serving. A replica
 * serving bundles ({@link BundleSettings}) loads nothing itself: {@link BundlePoller} swaps in each bundle it verified.
 */
@Component
public class RuleSetHolder {
    private static final Logger log = LoggerFactory.getLogger(RuleSetHolder.class);

    /** Why the last load or reload failed. */
    record LoadFailure(Instant at, List<Problem> problems) {}

    private final RuleSetLoader loader;
    private final Clock clock;
    private final Path rules;
    private final AtomicReference<RuleSet> current = new AtomicReference<>();
    /** The revision served before the current one (null until a reload brings a different revision). */
    private final AtomicReference<RuleSet> previous = new AtomicReference<>();

    private final Object reloadLock = new Object();
    private volatile LoadFailure lastFailure;
    private final boolean fromBundles;
    private final Duration ruleTimeLimit;
    private final List<Consumer<RuleSet>> swapListeners = new CopyOnWriteArrayList<>();
    /** The one thread that builds decision tables in the background, and the rule set whose tables it should build. */
    private final ExecutorService tableBuilder = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "pledgescope-tables");
        t.setDaemon(true);
        t.setPriority(Thread.MIN_PRIORITY);
        return t;
    });

    private volatile RuleSet tablesWanted;

    RuleSetHolder(ApiProperties properties, BundleSettings bundles, Clock clock) {
        this.loader = new RuleSetLoader(clock);
        this.clock = clock;
        this.rules = properties.rules();
        this.ruleTimeLimit = properties.ruleTimeLimit();
        this.fromBundles = bundles.enabled();
        if (fromBundles) {
            log.info("Serving bundles: no rule set until the first bundle is verified and loaded");
            return;
        }
        try {
            reload();
        } catch (PackLoadException e) {
            log.error("No rule set is being served: the rules could not be loaded:\n{}", e.getMessage());
        }
    }

    /** The rule set being served, if one has ever loaded. */
    public Optional<RuleSet> current() {
        return Optional.ofNullable(current.get());
    }

    /** The rule set served before the current one, if a reload has brought a different revision. */
    public Optional<RuleSet> previous() {
        return Optional.ofNullable(previous.get());
    }

    /** Whether this replica serves bundles (pulled by {@link BundlePoller}) rather than a rules directory. */
    public boolean servesBundles() {
        return fromBundles;
    }

    /** Calls {@code listener} with every rule set swapped in from now on (and the current one, if any). */
    void onSwap(Consumer<RuleSet> listener) {
        swapListeners.add(listener);
        current().ifPresent(listener);
    }

    /** Swaps in a rule set loaded from a verified bundle: requests already running finish on the old one. */
    void serve(RuleSet loaded) {
        synchronized (reloadLock) {
            swapIn(loaded);
        }
    }

    private void swapIn(RuleSet loaded) {
        RuleSet served = current.get();
        if (served != null && !served.revision().equals(loaded.revision())) {
            previous.set(served);
        }
        current.set(loaded);
        swapListeners.forEach(l -> l.accept(loaded));
    }

    Optional<LoadFailure> lastFailure() {
        return Optional.ofNullable(lastFailure);
    }

    /** The rules directory as configured (or {@code rules} when that is used by default); null for the bundled packs. */
    String rulesDirectoryName() {
        if (rules != null) {
            return rules.toString();
        }
        return Files.isDirectory(Path.of("rules")) ? "rules" : null;
    }

    /** The directory a watcher should watch, or null for the bundled packs. */
    Path watchedDirectory() {
        String dir = rulesDirectoryName();
        return dir == null ? null : Path.of(dir);
    }

    /**
     * Compiles the rules once with the compiler for edits and throws the result away (nothing is served from it), so
     * that the watcher's first reload runs warm code; a failure here is not reported (the reload after an edit is).
     */
    void warmUpForEdits() {
        long start = System.nanoTime();
        try {
            loader.warmUpForEdits(RulesLocation.resolve(rules), id -> true);
            log.info("Compiler for edits warmed up in {} ms", (System.nanoTime() - start) / 1_000_000);
        } catch (RuntimeException e) {
            log.debug("Warming up the compiler for edits failed; the first reload will be slower", e);
        }
    }

    /**
     * Builds the decision tables of the packs not yet in the cache on the one background thread (one core), while the
     * rule set already answers: until a cell is filled, the query that needs it fires the rules there. Each firing has
     * {@code pledgescope.rule-time-limit}, as a query's; a world whose rules run past it is left empty. A rule set no
     * longer served is not worth its tables: a build gives up as soon as another rule set is swapped in, and only
     * the newest waits its turn, so reloads in quick succession never pile builds up. A failure costs only speed.
     */
    private void completeTablesInBackground(RuleSet loaded) {
        tablesWanted = loaded;
        tableBuilder.execute(() -> {
            BooleanSupplier wanted = () -> tablesWanted == loaded && current.get() == loaded;
            if (!wanted.getAsBoolean()) {
                return;
            }
            long start = System.nanoTime();
            try {
                List<String> incomplete = loaded.completeTables(1, ruleTimeLimit, wanted);
                if (!wanted.getAsBoolean()) {
                    log.info("Decision tables of rule set {} given up: another rule set is served", loaded.revision());
                    return;
                }
                log.info(
                        "Decision tables of rule set {} complete in {} ms{}",
                        loaded.revision(),
                        (System.nanoTime() - start) / 1_000_000,
                        incomplete.isEmpty() ? "" : " (answered by firing the rules: " + incomplete + ")");
            } catch (RuntimeException e) {
                log.warn("Building the decision tables of rule set {} failed", loaded.revision(), e);
            }
        });
    }

    /**
     * How long a reload may spend building the new rule set's decision tables before it is served: meanwhile the old
     * rule set answers from its tables, rather than the new one firing the rules for each query of an edited pack.
     * The shipped packs' tables take a few tenths of a second; what is not built by then is built in the background.
     */
    static final Duration TABLES_BEFORE_SERVING = Duration.ofSeconds(2);

    /** Builds {@code loaded}'s tables on this thread, for at most {@link #TABLES_BEFORE_SERVING}. */
    private void completeTablesBeforeServing(RuleSet loaded) {
        long deadline = System.nanoTime() + TABLES_BEFORE_SERVING.toNanos();
        loaded.completeTables(1, ruleTimeLimit, () -> System.nanoTime() < deadline);
    }

    /** Loads the rules afresh and serves them, or throws (the old rule set keeps serving). */
    RuleSet reload() {
        synchronized (reloadLock) {
            long start = System.nanoTime();
            try {
                RuleSet served = current.get();
                RuleSet loaded = served == null ? loader.load(rules) : loader.reload(rules, served);
                if (served != null) {
                    completeTablesBeforeServing(loaded);
                }
                swapIn(loaded);
                lastFailure = null;
                completeTablesInBackground(loaded);
                log.info(
                        "Serving rule set {} from {} ({} packs, loaded in {} ms)",
                        loaded.revision(),
                        loaded.location(),
                        loaded.packs().size(),
                        (System.nanoTime() - start) / 1_000_000);
                return loaded;
            } catch (PackLoadException e) {
                lastFailure = new LoadFailure(clock.instant(), e.problems());
                throw e;
            }
        }
    }
}
