package org.pledgescope.evaluation;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
    private final List<String> notes;

    RuleSet(String revision, Instant loadedAt, String location, Vocabulary vocabulary, List<CompiledPack> compiled,
            List<String> notes) {
        this.notes = List.copyOf(notes);
        this.revision = revision;
        this.loadedAt = loadedAt;
        this.location = location;
        this.vocabulary = vocabulary;
        compiled.forEach(c -> this.compiled.put(c.pack().id(), c));
        this.packs = compiled.stream().map(c -> new LoadedPack(c.pack(), c.rules(), c.fromCache())).toList();
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
}
