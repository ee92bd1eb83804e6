package org.pledgescope.api.ruleset;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.security.PublicKey;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import org.pledgescope.api.ApiProperties;
import org.pledgescope.api.UnusableSettingException;
import org.pledgescope.bundle.BundleFetchException;
import org.pledgescope.bundle.BundleKeyException;
import org.pledgescope.bundle.BundleKeys;
import org.pledgescope.bundle.BundleLoader;
import org.pledgescope.bundle.BundleRefusedException;
import org.pledgescope.bundle.BundleSource;
import org.pledgescope.bundle.LoadedBundle;
import org.pledgescope.evaluation.RuleSet;
import org.pledgescope.evaluation.RuleSetLoader;
import org.pledgescope.pack.Sha256;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * {@code serve --bundle URL --bundle-key PUBLIC_KEY}: fetches the bundle at once, then every {@code poll} (with
 * jitter), asking with {@code If-None-Match}; a bundle that changed is verified, loaded and swapped in atomically. A
 * bundle that fails any check is refused and the rule set served keeps serving; until a first bundle loads, the replica
 * is not ready. Polls are counted in {@code pledgescope.bundle.polls} (tag {@code outcome}), refusals in {@code
 * pledgescope.bundle.refusals} (tag {@code check}).
 */
@Component
@EnableConfigurationProperties(BundleSettings.class)
class BundlePoller implements SmartLifecycle {
    private static final Logger log = LoggerFactory.getLogger(BundlePoller.class);

    private final BundleSettings settings;
    private final RuleSetHolder holder;
    private final BundleStatus status;
    private final Clock clock;
    private final MeterRegistry registry;
    private final BundleSource source;
    private final PublicKey key;
    private final BundleLoader loader;
    private final Map<String, Counter> counters = new ConcurrentHashMap<>();
    private volatile Thread thread;
    /** The tag and digest of the last bundle fetched, loaded or refused: the same bytes are not checked twice. */
    private String lastTag;

    private String lastDigest;
    /** The failure last logged: the same failure poll after poll is logged once. */
    private String lastLogged;

    BundlePoller(
            BundleSettings settings,
            ApiProperties properties,
            RuleSetHolder holder,
            BundleStatus status,
            MeterRegistry registry,
            Clock clock) {
        this.settings = settings;
        this.holder = holder;
        this.status = status;
        this.clock = clock;
        this.registry = registry;
        if (!settings.enabled()) {
            this.source = null;
            this.key = null;
            this.loader = null;
            return;
        }
        check(settings, properties);
        try {
            this.key = BundleKeys.readPublic(settings.key());
        } catch (BundleKeyException e) {
            throw new UnusableSettingException("pledgescope.bundle.key (--bundle-key): " + e.getMessage());
        }
        try {
            this.source = BundleSource.of(settings.source().strip(), settings.limits(), settings.timeout());
        } catch (IllegalArgumentException e) {
            throw new UnusableSettingException("pledgescope.bundle.source (--bundle): " + e.getMessage());
        }
        this.loader = new BundleLoader(new RuleSetLoader(clock), settings.limits());
        status.source(source.describe());
        Gauge.builder("pledgescope.bundle.last.poll.age", this, p -> p.secondsSinceLastPoll())
                .description("Seconds since the last poll for a bundle ended")
                .baseUnit("seconds")
                .register(registry);
    }

    private static void check(BundleSettings settings, ApiProperties properties) {
        if (settings.key() == null) {
            throw new UnusableSettingException("pledgescope.bundle.source (--bundle) needs pledgescope.bundle.key "
                    + "(--bundle-key PUBLIC_KEY): bundles are served only once their signature is verified");
        }
        if (properties.rules() != null) {
            throw new UnusableSettingException("pledgescope.bundle.source (--bundle) and pledgescope.rules (--rules) "
                    + "exclude each other: a replica serves bundles or a rules directory");
        }
        if (properties.watch()) {
            throw new UnusableSettingException("pledgescope.bundle.source (--bundle) and pledgescope.watch (--watch) "
                    + "exclude each other: a replica's rules change only when a new bundle is published");
        }
        if (settings.poll() == null || settings.poll().compareTo(Duration.ofMillis(100)) < 0) {
            throw new UnusableSettingException("pledgescope.bundle.poll (--bundle-poll) must be at least 100ms");
        }
        if (!(settings.pollJitter() >= 0 && settings.pollJitter() <= 0.5)) {
            throw new UnusableSettingException("pledgescope.bundle.poll-jitter must be between 0 and 0.5");
        }
    }

    private double secondsSinceLastPoll() {
        BundleStatus.Poll last = status.lastPoll();
        return last == null
                ? Double.NaN
                : Duration.between(last.at(), clock.instant()).toMillis() / 1000.0;
    }

    /** Fetches the bundle and serves it if it changed and passes every check. */
    void poll() {
        Instant at = clock.instant();
        long start = System.nanoTime();
        BundleSource.Fetched fetched;
        try {
            fetched = source.fetch(lastTag);
        } catch (BundleFetchException e) {
            fail(new BundleStatus.Failure(at, "fetch", e.getMessage(), List.of()), "failed");
            return;
        } catch (BundleRefusedException e) {
            refuse(at, e);
            return;
        }
        if (fetched == null) {
            status.unchanged(at);
            count("unchanged");
            return;
        }
        String digest = Sha256.start().add(fetched.archive()).hex();
        lastTag = fetched.etag();
        if (digest.equals(lastDigest)) {
            status.unchanged(at);
            count("unchanged");
            return;
        }
        lastDigest = digest;
        LoadedBundle bundle;
        try {
            bundle = loader.open(
                    fetched.archive(),
                    key,
                    "bundle " + source.describe(),
                    holder.current().orElse(null));
        } catch (BundleRefusedException e) {
            refuse(at, e);
            return;
        }
        holder.serve(bundle.ruleSet());
        lastLogged = null;
        status.loaded(new BundleStatus.Active(bundle.manifest(), clock.instant(), bundle.compiledHere()), at);
        count("loaded");
        log.info(
                "Serving bundle {} from {} (made {} by PledgeScope {}, signed by {}; verified and loaded in {} ms){}",
                bundle.manifest().revision(),
                source.describe(),
                bundle.manifest().createdAt(),
                bundle.manifest().pledgescopeVersion(),
                bundle.manifest().signingKey(),
                (System.nanoTime() - start) / 1_000_000,
                bundle.compiledHere().isEmpty()
                        ? ""
                        : "; compiled here (the bundle's compiled form is another build's): " + bundle.compiledHere());
    }

    private void refuse(Instant at, BundleRefusedException e) {
        Counter.builder("pledgescope.bundle.refusals")
                .description("Bundles refused, by the check that failed")
                .tag("check", e.check())
                .register(registry)
                .increment();
        fail(new BundleStatus.Failure(at, e.check(), e.getMessage(), e.problems()), "refused");
    }

    private void fail(BundleStatus.Failure failure, String outcome) {
        status.failed(failure, outcome);
        count(outcome);
        String serving = holder.current().map(RuleSet::revision).orElse("nothing (not ready)");
        if (failure.message().equals(lastLogged)) {
            log.debug("Polling for a bundle failed again: {}", failure.message());
            return;
        }
        lastLogged = failure.message();
        if (outcome.equals("refused")) {
            log.error("{}; still serving {}", failure.message(), serving);
        } else {
            log.warn("Polling for a bundle failed: {}; still serving {}", failure.message(), serving);
        }
    }

    private void count(String outcome) {
        counters.computeIfAbsent(
                        outcome,
                        o -> Counter.builder("pledgescope.bundle.polls")
                                .description("Polls for a bundle, by outcome: loaded, unchanged, refused, failed")
                                .tag("outcome", o)
                                .register(registry))
                .increment();
    }

    /** The wait before the next poll: {@code poll} times a random factor within the jitter. */
    Duration nextWait() {
        double jitter = settings.pollJitter();
        double factor = 1 + jitter * (2 * ThreadLocalRandom.current().nextDouble() - 1);
        return Duration.ofMillis(Math.max(1, Math.round(settings.poll().toMillis() * factor)));
    }

    private void run() {
        while (!Thread.currentThread().isInterrupted()) {
            try {
                poll();
            } catch (RuntimeException | OutOfMemoryError e) {
                log.error("Polling for a bundle failed unexpectedly; still serving the rule set loaded before", e);
                lastTag = null; // fetched and checked again next time
                lastDigest = null;
                status.failed(
                        new BundleStatus.Failure(
                                clock.instant(),
                                "internal",
                                "the bundle could not be processed: "
                                        + e.getClass().getSimpleName(),
                                List.of()),
                        "failed");
                count("failed");
            }
            try {
                Thread.sleep(nextWait().toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public synchronized void start() {
        if (source == null || thread != null) {
            return;
        }
        log.info(
                "Polling {} for bundles every {} ms (±{}%), signed by key {}",
                source.describe(),
                settings.poll().toMillis(),
                Math.round(settings.pollJitter() * 100),
                BundleKeys.id(key));
        thread = new Thread(this::run, "bundle-poller");
        thread.setDaemon(true);
        thread.start();
    }

    @Override
    public synchronized void stop() {
        if (thread != null) {
            thread.interrupt();
            thread = null;
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return thread != null;
    }
}
