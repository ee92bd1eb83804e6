package org.pledgescope.coverage;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.pledgescope.engine.CompiledPack;
import org.pledgescope.engine.PackCompiler;
import org.pledgescope.pack.Pack;
import org.pledgescope.pack.PackLoadException;
import org.pledgescope.pack.PackLoader;
import org.pledgescope.pack.RulesLocation;
import org.pledgescope.yaml.Problems;

/** Reads, checks and compiles every pack: a complete rule set or a {@link PackLoadException}, never half. */
public final class RuleSetLoader {
    private final Clock clock;

    public RuleSetLoader(Clock clock) {
        this.clock = clock;
    }

    public RuleSet load(Path explicitRules) {
        return load(RulesLocation.resolve(explicitRules));
    }

    public RuleSet load(RulesLocation location) {
        PackLoader.LoadedPacks loaded = new PackLoader().load(location);
        Problems problems = new Problems();
        PackCompiler compiler = new PackCompiler();
        List<CompiledPack> compiled = new ArrayList<>();
        for (Pack pack : loaded.packs()) {
            CompiledPack c = compiler.compile(pack, problems);
            if (c != null) {
                compiled.add(c);
            }
        }
        if (!problems.isEmpty()) {
            throw new PackLoadException(problems.sorted());
        }
        return new RuleSet(loaded.revision(), clock.instant(), location.describe(), List.copyOf(compiled));
    }
}
