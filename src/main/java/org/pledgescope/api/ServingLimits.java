package org.pledgescope.api;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code pledgescope.*} settings that bound the work of the heavy requests: maps and diffs, and NDJSON streams.
 * A value of 0 means "set from the machine" (cores, heap), as each says.
 *
 * @param mapThreads    threads that make maps and diffs, shared by all of them (0: half the cores, at least 1)
 * @param mapQueue      maps and diffs that may wait for a thread; past it a request is refused with 429
 * @param mapTimeLimit  time one map or diff may run for; past it it is stopped and answered 503
 * @param mapMaxCells   most cells (worlds the rules tell apart) one map (or each side of a diff) may answer (0: from
 *                      the heap, see {@link #mapMaxCells(long)})
 * @param maxStreams    NDJSON streams answered at once; past it a request is refused with 429 (0: from the heap)
 * @param allowedHosts  host names (besides localhost and IP addresses) a request starting a map or diff may name
 *                      in its Host header
 */
@ConfigurationProperties("pledgescope")
public record ServingLimits(
        @DefaultValue("0") int mapThreads,
        @DefaultValue("4") int mapQueue,
        @DefaultValue("60s") Duration mapTimeLimit,
        @DefaultValue("0") long mapMaxCells,
        @DefaultValue("0") int maxStreams,
        @DefaultValue("") List<String> allowedHosts) {

    /**
     * Heap one cell of a map costs while the map is made (its answer, its box among the regions, what merging the
     * boxes copies, and its share of the regions answered), rounded up from the worst case: a map whose cells nearly
     * each have an answer of their own (the test fixture packs/large-map, 53,136 cells, 51,841 regions) needed about
     * 3 KiB a cell above the idle service (made on a 192 MiB heap, at its edge; out of memory on 128 MiB). Half the
     * heap, divided among the map threads, bounds the cells of a map.
     */
    static final long BYTES_PER_CELL = 4 * 1024;

    /** Heap an NDJSON stream may hold at once: a few chunks of up to about 1 M characters in, and their answers. */
    static final long BYTES_PER_STREAM = 8L * 1024 * 1024;

    public ServingLimits {
        allowedHosts = allowedHosts == null ? List.of() : List.copyOf(allowedHosts);
    }

    public int mapThreads(int cores) {
        return mapThreads > 0 ? mapThreads : Math.max(1, cores / 2);
    }

    public long mapMaxCells(long maxHeap) {
        return mapMaxCells > 0 ? mapMaxCells : Math.max(1_000, maxHeap / 2 / mapThreads(cores()) / BYTES_PER_CELL);
    }

    public int maxStreams(long maxHeap) {
        return maxStreams > 0 ? maxStreams : (int) Math.max(2, Math.min(64, maxHeap / 4 / BYTES_PER_STREAM));
    }

    static int cores() {
        return Runtime.getRuntime().availableProcessors();
    }
}
