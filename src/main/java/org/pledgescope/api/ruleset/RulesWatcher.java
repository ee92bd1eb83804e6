package org.pledgescope.api.ruleset;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.pledgescope.api.ApiProperties;
import org.pledgescope.pack.PackLoadException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * {@code serve --watch}: reloads the rule set when files in the rules directory (or its pack folders) change,
 * once the changes have been quiet for {@code pledgescope.watch-debounce}. Same guarantees as a reload over HTTP.
 */
@Component
class RulesWatcher implements SmartLifecycle {
    private static final Logger log = LoggerFactory.getLogger(RulesWatcher.class);

    private final RuleSetHolder holder;
    private final ApiProperties properties;
    private volatile WatchService watcher;
    private Thread thread;

    RulesWatcher(RuleSetHolder holder, ApiProperties properties) {
        this.holder = holder;
        this.properties = properties;
    }

    @Override
    public synchronized void start() {
        if (!properties.watch() || holder.servesBundles()) {
            return;
        }
        Path dir = holder.watchedDirectory();
        if (dir == null) {
            log.warn("--watch ignored: the packs bundled in the jar are served, not a rules directory");
            return;
        }
        try {
            watcher = FileSystems.getDefault().newWatchService();
            // Registered before start() returns, so a change made as soon as the service is up is not missed.
            if (Files.isDirectory(dir)) {
                register(dir);
            }
        } catch (IOException e) {
            log.error("Cannot watch {}: {}", dir, e.getMessage());
            return;
        }
        thread = new Thread(() -> watch(dir), "rules-watcher");
        thread.setDaemon(true);
        thread.start();
        log.info("Watching {} for changes", dir);
    }

    private void register(Path dir) throws IOException {
        try (Stream<Path> dirs = Files.walk(dir, 2)) {
            for (Path d : dirs.filter(Files::isDirectory).toList()) {
                d.register(
                        watcher,
                        StandardWatchEventKinds.ENTRY_CREATE,
                        StandardWatchEventKinds.ENTRY_DELETE,
                        StandardWatchEventKinds.ENTRY_MODIFY);
            }
        }
    }

    private void watch(Path dir) {
        long quiet = properties.watchDebounce().toMillis();
        try {
            if (!Files.isDirectory(dir)) {
                log.warn("The rules directory {} does not exist; answering 503 until it does", dir);
                while (!Files.isDirectory(dir)) {
                    Thread.sleep(Math.max(quiet, 200));
                }
                Thread.sleep(quiet); // let its files arrive
                reload();
            }
            register(dir);
            // Changes made meanwhile wait in the watch service and are reloaded after it.
            holder.warmUpForEdits();
            while (!Thread.currentThread().isInterrupted()) {
                drain(watcher.take());
                WatchKey more;
                while ((more = watcher.poll(quiet, TimeUnit.MILLISECONDS)) != null) {
                    drain(more);
                }
                register(dir);
                reload();
            }
        } catch (InterruptedException | ClosedWatchServiceException e) {
            Thread.currentThread().interrupt();
        } catch (IOException e) {
            log.error("Stopped watching {}: {}", dir, e.getMessage());
        }
    }

    private void reload() {
        try {
            holder.reload();
        } catch (PackLoadException e) {
            log.error("Reload after a change failed; still serving the old rule set:\n{}", e.getMessage());
        }
    }

    private static void drain(WatchKey key) {
        key.pollEvents();
        key.reset();
    }

    @Override
    public synchronized void stop() {
        if (thread != null) {
            thread.interrupt();
            try {
                watcher.close();
            } catch (IOException e) {
                log.debug("closing the watch service", e);
            }
            thread = null;
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return thread != null;
    }
}
