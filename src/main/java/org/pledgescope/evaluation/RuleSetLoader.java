package org.pledgescope.evaluation;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.stream.IntStream;
import org.pledgescope.engine.CompiledPack;
import org.pledgescope.engine.PackCompiler;
import org.pledgescope.pack.PackLoadException;
import org.pledgescope.pack.PackLoader;
import org.pledgescope.pack.RulesLocation;
import org.pledgescope.diagnostics.Problems;

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
        // Packs compile independently, so they compile in parallel; the result keeps the packs' order.
        List<Problems> problemsPerPack = loaded.packs().stream().map(p -> new Problems()).toList();
        PackCompiler compiler = new PackCompiler();
        List<CompiledPack> compiled = IntStream.range(0, loaded.packs().size()).parallel()
                .mapToObj(i -> compiler.compile(loaded.packs().get(i), loaded.vocabulary(), problemsPerPack.get(i)))
                .toList();
        Problems problems = new Problems();
        problems.addAll(loaded.tableProblems());
        problemsPerPack.forEach(p -> problems.addAll(p.sorted()));
        if (!problems.isEmpty()) {
            throw new PackLoadException(problems.sorted());
        }
        return new RuleSet(loaded.revision(), clock.instant(), location.describe(), loaded.vocabulary(),
                List.copyOf(compiled), loaded.notes());
    }
}
