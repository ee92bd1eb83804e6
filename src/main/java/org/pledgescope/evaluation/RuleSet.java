package org.pledgescope.evaluation;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.pledgescope.engine.CompiledPack;
import org.pledgescope.vocabulary.Vocabulary;

/**
 * An immutable, fully compiled set of packs: what one evaluation runs against from start to end. It hands out a
 * catalogue ({@link LoadedPack}: each pack's record and rules); the compiled rules stay with the evaluator.
 */
public final class RuleSet {
    private final String revision;
    private final Instant loadedAt;
    private final String location;
    private final Vocabulary vocabulary;
    private final Map<String, CompiledPack> compiled = new LinkedHashMap<>();
    private final List<LoadedPack> packs;
    private final Map<String, Optional<ClassTable>> tables = new ConcurrentHashMap<>();
    private static final boolean FAST_PATH = !"false".equals(System.getProperty("pledgescope.fastPath"));
    private final Map<String, QuerySpace> spaces = new ConcurrentHashMap<>();
    private final List<String> notes;

    RuleSet(
            String revision,
            Instant loadedAt,
            String location,
            Vocabulary vocabulary,
            List<CompiledPack> compiled,
            List<String> notes) {
        this.notes = List.copyOf(notes);
        this.revision = revision;
        this.loadedAt = loadedAt;
        this.location = location;
        this.vocabulary = vocabulary;
        compiled.forEach(c -> this.compiled.put(c.pack().id(), c));
        this.packs = compiled.stream()
                .map(c -> new LoadedPack(c.pack(), c.rules(), c.fromCache()))
                .toList();
    }

    /** {@code sha256:} over the vocabulary and every pack file: names the content, not where it was loaded from. */
    public String revision() {
        return revision;
    }

    public Instant loadedAt() {
        return loadedAt;
    }

    public String location() {
        return location;
    }

    /** The shared vocabulary with every loaded pack's own facts. */
    public Vocabulary vocabulary() {
        return vocabulary;
    }

    /** Notes on files the loader skipped (editor backups and lock files), to show the person editing. */
    public List<String> notes() {
        return notes;
    }

    public List<LoadedPack> packs() {
        return packs;
    }

    public Optional<LoadedPack> pack(String id) {
        return packs.stream().filter(p -> p.pack().id().equals(id)).findFirst();
    }

    public List<String> packIds() {
        return packs.stream().map(p -> p.pack().id()).toList();
    }

    CompiledPack compiled(String id) {
        return compiled.get(id);
    }

    /** The classes of a pack's query space (built once per rule set). */
    public QuerySpace space(String id) {
        return spaces.computeIfAbsent(id, k -> QuerySpace.of(this, k));
    }

    /** Whether a rule of the pack reads the use date itself, so that use dates have no finite classes. */
    public boolean readsUseDate(String id) {
        return compiled(id).readsUseDate();
    }

    /**
     * The fast path's table of findings by class for a pack, or null when the pack has none. {@code
     * -Dpledgescope.fastPath=false} turns the fast path off (each new world fires the rules, as before it existed):
     * for before/after benchmarks in one build.
     */
    ClassTable table(String id) {
        if (!FAST_PATH) {
            return null;
        }
        return tables.computeIfAbsent(id, k -> Optional.ofNullable(ClassTable.of(compiled(k), space(k))))
                .orElse(null);
    }
}
