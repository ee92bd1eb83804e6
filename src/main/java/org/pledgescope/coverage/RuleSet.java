package org.pledgescope.coverage;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.pledgescope.engine.CompiledPack;

/** An immutable, fully compiled set of packs: what one evaluation runs against from start to end. */
public record RuleSet(String revision, Instant loadedAt, String location, List<CompiledPack> packs) {

    public Optional<CompiledPack> pack(String id) {
        return packs.stream().filter(p -> p.pack().id().equals(id)).findFirst();
    }

    public List<String> packIds() {
        return packs.stream().map(p -> p.pack().id()).toList();
    }
}
